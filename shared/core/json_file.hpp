#pragma once
// Reading JSON files (catalogue packs, order files) through cereal safely: the text
// is checked for size, nesting depth and value count before RapidJSON sees it (its
// parser recurses), and every exception becomes an Error naming the field.
#include <cereal/archives/json.hpp>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include "shared/core/result.hpp"

namespace hw {

struct JsonLimits {
  std::size_t maxBytes = 64u * 1024 * 1024;
  std::size_t maxDepth = 48;
  std::size_t maxValues = 2'000'000;
};

std::optional<Error> CheckJsonText(std::string_view text, const JsonLimits& limits = {});

// Turns what a failed cereal JSON load threw into an Error; `field` is the node the
// archive was reading, when known.
Error JsonLoadError(const std::exception& e, const char* field);

// Runs `body(archive)` over `text`; nullopt when everything loaded.
template <class Body>
std::optional<Error> LoadJson(std::string_view text, Body&& body, const JsonLimits& limits = {}) {
  if (auto error = CheckJsonText(text, limits)) return error;
  std::istringstream in{std::string(text)};
  std::optional<cereal::JSONInputArchive> archive;
  try {
    archive.emplace(in);
    body(*archive);
  } catch (const std::exception& e) {
    const char* field = nullptr;
    if (archive) {
      try {
        field = archive->getNodeName();
      } catch (const std::exception&) {
        field = nullptr;
      }
    }
    return JsonLoadError(e, field);
  }
  return std::nullopt;
}

// Our exchanged files (order files, catalogue packs, the demo index) start with a head:
// what the file is ("kind": "homeworks-order") and the version of its format. Written
// by every such type's serialize(); when reading, another kind or a newer version than
// `newest` throws, and LoadJsonFile turns that into a message a person can read.
template <class Archive>
void SerializeFileHead(Archive& ar, std::string& kind, std::uint32_t& formatVersion, std::string_view expectedKind,
                       std::uint32_t newest) {
  ar(cereal::make_nvp("kind", kind), cereal::make_nvp("formatVersion", formatVersion));
  if constexpr (Archive::is_loading::value) {
    if (kind != expectedKind) throw cereal::Exception("kind");
    if (formatVersion > newest) throw cereal::Exception("formatVersion");
  }
}

// Loads one of those files (`T` has a `kind` member, read by SerializeFileHead) from
// the root `rootName`: ErrFileWrongKind for another kind of file or another root,
// ErrFileNewerVersion for a file from a newer app, else the error naming the field.
template <class T>
std::optional<Error> LoadJsonFile(std::string_view json, const char* rootName, T& value) {
  value.kind.clear();
  std::optional<Error> error =
      LoadJson(json, [&](cereal::JSONInputArchive& ar) { ar(cereal::make_nvp(rootName, value)); });
  if (!error) return std::nullopt;
  if (error->detail.find("kind") == 0 || (error->field == rootName && error->message == Msg::ErrFieldMissing))
    return Error{Msg::ErrFileWrongKind};
  if (error->detail == "formatVersion") return Error{Msg::ErrFileNewerVersion};
  return error;
}

// A JSON text of `value` under the given root name (pretty, UTF-8).
template <class T>
std::string SaveJson(const char* name, const T& value) {
  std::ostringstream out;
  {
    cereal::JSONOutputArchive archive(out);
    archive(cereal::make_nvp(name, value));
  }
  return std::move(out).str();
}

}  // namespace hw
