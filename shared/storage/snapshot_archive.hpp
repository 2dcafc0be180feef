#pragma once
// A cereal input archive that reads what cereal::PortableBinaryOutputArchive wrote,
// from bytes already in memory, and never trusts a length field: every size is
// checked against the bytes that remain (each element takes at least one byte) and
// vectors grow only as their elements are actually read. Any inconsistency throws
// cereal::Exception, which the snapshot loader turns into an error for the user.
#include <cereal/cereal.hpp>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <type_traits>
#include <vector>

namespace hw {

class SnapshotInputArchive : public cereal::InputArchive<SnapshotInputArchive, cereal::AllowEmptyClassElision> {
 public:
  explicit SnapshotInputArchive(std::span<const std::uint8_t> bytes)
      : cereal::InputArchive<SnapshotInputArchive, cereal::AllowEmptyClassElision>(this),
        position_(bytes.data()),
        end_(bytes.data() + bytes.size()) {
    std::uint8_t streamLittleEndian = 0;
    LoadBinary(&streamLittleEndian, 1, 1);
    if (streamLittleEndian > 1) throw cereal::Exception("bad endianness flag");
    const std::uint16_t probe = 1;
    std::uint8_t hostLittleEndian = 0;
    std::memcpy(&hostLittleEndian, &probe, 1);
    swap_ = streamLittleEndian != hostLittleEndian;
  }

  std::size_t Remaining() const { return static_cast<std::size_t>(end_ - position_); }

  void LoadBinary(void* data, std::size_t size, std::size_t elementSize) {
    if (size > Remaining()) throw cereal::Exception("unexpected end of data");
    if (size > 0) std::memcpy(data, position_, size);
    position_ += size;
    if (swap_ && elementSize > 1) {
      auto* bytes = static_cast<std::uint8_t*>(data);
      for (std::size_t i = 0; i + elementSize <= size; i += elementSize) {
        for (std::size_t a = i, b = i + elementSize - 1; a < b; ++a, --b) std::swap(bytes[a], bytes[b]);
      }
    }
  }

  // A count read from the data, refused when the remaining bytes cannot hold it.
  std::uint64_t LoadCount() {
    std::uint64_t count = 0;
    LoadBinary(&count, sizeof(count), sizeof(count));
    if (count > Remaining()) throw cereal::Exception("count larger than the data");
    return count;
  }

 private:
  const std::uint8_t* position_;
  const std::uint8_t* end_;
  bool swap_ = false;
};

template <class T>
std::enable_if_t<std::is_arithmetic_v<T> && !std::is_same_v<T, bool>> CEREAL_LOAD_FUNCTION_NAME(
    SnapshotInputArchive& ar, T& value) {
  ar.LoadBinary(std::addressof(value), sizeof(T), sizeof(T));
}

// A bool is one byte that must be 0 or 1: any other value would be undefined behaviour.
inline void CEREAL_LOAD_FUNCTION_NAME(SnapshotInputArchive& ar, bool& value) {
  std::uint8_t raw = 0;
  ar.LoadBinary(&raw, 1, 1);
  if (raw > 1) throw cereal::Exception("bad bool");
  value = raw == 1;
}

template <class T>
void CEREAL_LOAD_FUNCTION_NAME(SnapshotInputArchive& ar, cereal::NameValuePair<T>& nvp) {
  ar(nvp.value);
}

template <class T>
void CEREAL_LOAD_FUNCTION_NAME(SnapshotInputArchive& ar, cereal::SizeTag<T>& tag) {
  tag.size = static_cast<std::remove_reference_t<T>>(ar.LoadCount());
}

template <class T>
void CEREAL_LOAD_FUNCTION_NAME(SnapshotInputArchive& ar, cereal::BinaryData<T>& data) {
  using Element = std::remove_pointer_t<T>;
  ar.LoadBinary(const_cast<void*>(static_cast<const void*>(data.data)), static_cast<std::size_t>(data.size),
                sizeof(Element));
}

// Vectors: arithmetic ones in one checked block; others element by element, so
// memory follows the bytes actually read instead of the stored count.
template <class T, class A>
void CEREAL_LOAD_FUNCTION_NAME(SnapshotInputArchive& ar, std::vector<T, A>& vector) {
  const std::uint64_t count = ar.LoadCount();
  if constexpr (std::is_arithmetic_v<T> && !std::is_same_v<T, bool>) {
    if (count > ar.Remaining() / sizeof(T)) throw cereal::Exception("vector larger than the data");
    vector.resize(static_cast<std::size_t>(count));
    ar.LoadBinary(vector.data(), static_cast<std::size_t>(count) * sizeof(T), sizeof(T));
  } else {
    vector.clear();
    for (std::uint64_t i = 0; i < count; ++i) {
      T element{};
      ar(element);
      vector.push_back(std::move(element));
    }
  }
}

}  // namespace hw

CEREAL_REGISTER_ARCHIVE(hw::SnapshotInputArchive)
