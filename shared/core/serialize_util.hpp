#pragma once
// Helpers shared by the serialize functions of every persisted type.
#include <cereal/cereal.hpp>
#include <cstdint>
#include <type_traits>

// A persisted type's version, as CEREAL_CLASS_VERSION gives it but as a constant:
// cereal's macro registers the version at start-up in every file that includes the
// model (over 20 types in some 60 files of the web build: 14 KB of wasm run
// before the first frame). cereal uses Version<T>::version when nothing is registered.
#define HW_CLASS_VERSION(TYPE, VERSION_NUMBER)               \
  namespace cereal::detail {                                 \
  template <>                                                \
  struct Version<TYPE> {                                     \
    static constexpr std::uint32_t version = VERSION_NUMBER; \
  };                                                         \
  }

namespace hw {

// Enums travel as their number; a number outside the enum fails the load, so a
// loaded model never holds a value that no switch handles.
template <class Archive, class E>
void SerializeEnum(Archive& ar, const char* name, E& value) {
  static_assert(std::is_enum_v<E>);
  std::uint32_t raw = static_cast<std::uint32_t>(value);
  ar(cereal::make_nvp(name, raw));
  if constexpr (Archive::is_loading::value) {
    if (raw >= static_cast<std::uint32_t>(E::Count)) throw cereal::Exception("enum value out of range");
    value = static_cast<E>(raw);
  }
}

}  // namespace hw
