#pragma once
// Reading JSON files (catalogue packs, order files) through cereal safely: the text
// is checked for size, nesting depth and value count before RapidJSON sees it (its
// parser recurses), and every exception becomes an Error naming the field.
#include <cereal/archives/json.hpp>
#include <cstddef>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include "shared/result.hpp"

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
