#pragma once
// The snapshot's archive since format version 2: cereal's portable binary layout made
// small. Counts, lengths and integers are LEB128 varints (signed ones zigzagged), so
// a short string costs one byte of length instead of eight; a 32-hex-digit id (what
// NewId makes) is stored as its 16 bytes. Floating point and raw binary data are
// little-endian as they are.
//
// CompactOutputArchive appends to a std::string, which it can hand on whenever it holds
// enough (a snapshot is compressed and written a block at a time). CompactInputArchive
// reads from bytes in memory, or from pieces handed to it one after another, and never
// trusts a length field: every size is checked against the bytes that remain and
// vectors grow only as their elements are read. Any inconsistency
// throws cereal::Exception, which the snapshot loader turns into an error for the user.
#include <algorithm>
#include <bit>
#include <cereal/cereal.hpp>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <limits>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

#include "shared/core/utf8.hpp"

namespace hw {

class CompactOutputArchive : public cereal::OutputArchive<CompactOutputArchive, cereal::AllowEmptyClassElision> {
 public:
  explicit CompactOutputArchive(std::string& out)
      : cereal::OutputArchive<CompactOutputArchive, cereal::AllowEmptyClassElision>(this), out_(out) {}
  // Calls `full` each time `out` holds `limit` bytes or more; it takes them out of `out`.
  CompactOutputArchive(std::string& out, std::size_t limit, std::function<void()> full) : CompactOutputArchive(out) {
    limit_ = limit;
    full_ = std::move(full);
  }

  void PutBytes(const void* data, std::size_t size) {
    out_.append(static_cast<const char*>(data), size);
    if (out_.size() >= limit_) Full();
  }
  void PutVarint(std::uint64_t value) {
    while (value >= 0x80) {
      out_.push_back(static_cast<char>((value & 0x7F) | 0x80));
      value >>= 7;
    }
    out_.push_back(static_cast<char>(value));
    if (out_.size() >= limit_) Full();
  }

 private:
  [[gnu::noinline]] void Full() { full_(); }  // out of line: the archive's writes are inlined everywhere

  std::string& out_;
  std::size_t limit_ = SIZE_MAX;
  std::function<void()> full_;
};

class CompactInputArchive : public cereal::InputArchive<CompactInputArchive, cereal::AllowEmptyClassElision> {
 public:
  explicit CompactInputArchive(std::span<const std::uint8_t> bytes)
      : cereal::InputArchive<CompactInputArchive, cereal::AllowEmptyClassElision>(this),
        position_(bytes.data()),
        end_(bytes.data() + bytes.size()),
        remaining_(bytes.size()) {}
  // `total` bytes that come in pieces: `next` returns the next piece, and throws
  // cereal::Exception when there is none or it is damaged.
  CompactInputArchive(std::size_t total, std::function<std::span<const std::uint8_t>()> next)
      : CompactInputArchive(std::span<const std::uint8_t>()) {
    remaining_ = total;
    next_ = std::move(next);
  }

  std::size_t Remaining() const { return remaining_; }
  std::size_t repairedTexts = 0;  // texts read with letters that were not UTF-8 (see below)

  void GetBytes(void* data, std::size_t size) {
    if (size > Remaining()) throw cereal::Exception("unexpected end of data");
    remaining_ -= size;
    auto* out = static_cast<std::uint8_t*>(data);
    while (size > 0) {
      if (position_ == end_) NextPiece();
      const std::size_t part = std::min(size, static_cast<std::size_t>(end_ - position_));
      std::memcpy(out, position_, part);
      position_ += part;
      out += part;
      size -= part;
    }
  }
  std::uint64_t GetVarint() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (remaining_ == 0) throw cereal::Exception("unexpected end of data");
      if (position_ == end_) NextPiece();
      --remaining_;
      const std::uint8_t byte = *position_++;
      if (shift == 63 && byte > 1) throw cereal::Exception("number too large");
      value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if (byte < 0x80) return value;
    }
    throw cereal::Exception("number too long");
  }
  // A count of elements that each take at least one byte: refused when the bytes
  // that remain cannot hold it.
  std::uint64_t GetCount() {
    const std::uint64_t count = GetVarint();
    if (count > Remaining()) throw cereal::Exception("count larger than the data");
    return count;
  }

 private:
  void NextPiece() {
    if (!next_) throw cereal::Exception("unexpected end of data");
    const std::span<const std::uint8_t> piece = next_();
    if (piece.empty()) throw cereal::Exception("unexpected end of data");
    position_ = piece.data();
    end_ = piece.data() + piece.size();
  }

  const std::uint8_t* position_;
  const std::uint8_t* end_;
  std::size_t remaining_;
  std::function<std::span<const std::uint8_t>()> next_;
};

namespace compact {

static_assert(sizeof(float) == 4 && sizeof(double) == 8);

template <class T>
void PutLittleEndian(CompactOutputArchive& ar, T value) {
  std::uint8_t bytes[sizeof(T)];
  std::memcpy(bytes, &value, sizeof(T));
  if constexpr (std::endian::native == std::endian::big) std::reverse(bytes, bytes + sizeof(T));
  ar.PutBytes(bytes, sizeof(T));
}

template <class T>
T GetLittleEndian(CompactInputArchive& ar) {
  std::uint8_t bytes[sizeof(T)];
  ar.GetBytes(bytes, sizeof(T));
  if constexpr (std::endian::native == std::endian::big) std::reverse(bytes, bytes + sizeof(T));
  T value;
  std::memcpy(&value, bytes, sizeof(T));
  return value;
}

inline bool IsLowerHexId(const std::string& text) {
  if (text.size() != 32) return false;
  for (const char c : text)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

}  // namespace compact

// --- numbers ------------------------------------------------------------------
inline void CEREAL_SAVE_FUNCTION_NAME(CompactOutputArchive& ar, const bool& value) {
  const std::uint8_t byte = value ? 1 : 0;
  ar.PutBytes(&byte, 1);
}
inline void CEREAL_LOAD_FUNCTION_NAME(CompactInputArchive& ar, bool& value) {
  std::uint8_t byte = 0;
  ar.GetBytes(&byte, 1);
  if (byte > 1) throw cereal::Exception("bad bool");
  value = byte == 1;
}

template <class T>
std::enable_if_t<std::is_arithmetic_v<T> && !std::is_same_v<T, bool>> CEREAL_SAVE_FUNCTION_NAME(
    CompactOutputArchive& ar, const T& value) {
  if constexpr (std::is_floating_point_v<T>) {
    compact::PutLittleEndian(ar, value);
  } else if constexpr (sizeof(T) == 1) {
    ar.PutBytes(&value, 1);
  } else if constexpr (std::is_signed_v<T>) {
    const auto wide = static_cast<std::int64_t>(value);
    ar.PutVarint((static_cast<std::uint64_t>(wide) << 1) ^ static_cast<std::uint64_t>(wide >> 63));  // zigzag
  } else {
    ar.PutVarint(static_cast<std::uint64_t>(value));
  }
}

template <class T>
std::enable_if_t<std::is_arithmetic_v<T> && !std::is_same_v<T, bool>> CEREAL_LOAD_FUNCTION_NAME(CompactInputArchive& ar,
                                                                                                T& value) {
  if constexpr (std::is_floating_point_v<T>) {
    value = compact::GetLittleEndian<T>(ar);
  } else if constexpr (sizeof(T) == 1) {
    ar.GetBytes(&value, 1);
  } else if constexpr (std::is_signed_v<T>) {
    const std::uint64_t raw = ar.GetVarint();
    const auto wide = static_cast<std::int64_t>((raw >> 1) ^ (0 - (raw & 1)));
    if (wide < static_cast<std::int64_t>(std::numeric_limits<T>::min()) ||
        wide > static_cast<std::int64_t>(std::numeric_limits<T>::max()))
      throw cereal::Exception("number out of range");
    value = static_cast<T>(wide);
  } else {
    const std::uint64_t raw = ar.GetVarint();
    if (raw > static_cast<std::uint64_t>(std::numeric_limits<T>::max())) throw cereal::Exception("number out of range");
    value = static_cast<T>(raw);
  }
}

// --- cereal's wrappers ----------------------------------------------------------
template <class T>
void CEREAL_SAVE_FUNCTION_NAME(CompactOutputArchive& ar, const cereal::NameValuePair<T>& nvp) {
  ar(nvp.value);
}
template <class T>
void CEREAL_LOAD_FUNCTION_NAME(CompactInputArchive& ar, cereal::NameValuePair<T>& nvp) {
  ar(nvp.value);
}

template <class T>
void CEREAL_SAVE_FUNCTION_NAME(CompactOutputArchive& ar, const cereal::SizeTag<T>& tag) {
  ar.PutVarint(static_cast<std::uint64_t>(tag.size));
}
template <class T>
void CEREAL_LOAD_FUNCTION_NAME(CompactInputArchive& ar, cereal::SizeTag<T>& tag) {
  tag.size = static_cast<std::remove_reference_t<T>>(ar.GetCount());
}

// Raw arrays of numbers (photo bytes): little-endian elements, as they are in memory.
template <class T>
void CEREAL_SAVE_FUNCTION_NAME(CompactOutputArchive& ar, const cereal::BinaryData<T>& data) {
  static_assert(std::endian::native == std::endian::little, "binary data is stored little-endian");
  ar.PutBytes(data.data, static_cast<std::size_t>(data.size));
}
template <class T>
void CEREAL_LOAD_FUNCTION_NAME(CompactInputArchive& ar, cereal::BinaryData<T>& data) {
  static_assert(std::endian::native == std::endian::little, "binary data is stored little-endian");
  ar.GetBytes(const_cast<void*>(static_cast<const void*>(data.data)), static_cast<std::size_t>(data.size));
}

// --- strings: a varint of length * 2, then the bytes; or 1 then the 16 bytes of a
// 32-hex-digit id --------------------------------------------------------------------
inline void CEREAL_SAVE_FUNCTION_NAME(CompactOutputArchive& ar, const std::string& text) {
  if (compact::IsLowerHexId(text)) {
    ar.PutVarint(1);
    std::uint8_t bytes[16];
    auto nibble = [](char c) { return static_cast<std::uint8_t>(c <= '9' ? c - '0' : c - 'a' + 10); };
    for (int i = 0; i < 16; ++i)
      bytes[i] = static_cast<std::uint8_t>(nibble(text[2 * i]) << 4 | nibble(text[2 * i + 1]));
    ar.PutBytes(bytes, 16);
    return;
  }
  ar.PutVarint(static_cast<std::uint64_t>(text.size()) << 1);
  ar.PutBytes(text.data(), text.size());
}
inline void CEREAL_LOAD_FUNCTION_NAME(CompactInputArchive& ar, std::string& text) {
  const std::uint64_t tag = ar.GetVarint();
  if (tag == 1) {
    std::uint8_t bytes[16];
    ar.GetBytes(bytes, 16);
    static constexpr char kHex[] = "0123456789abcdef";
    text.resize(32);
    for (int i = 0; i < 16; ++i) {
      text[2 * i] = kHex[bytes[i] >> 4];
      text[2 * i + 1] = kHex[bytes[i] & 15];
    }
    return;
  }
  if (tag & 1) throw cereal::Exception("bad string tag");
  const std::uint64_t length = tag >> 1;
  if (length > ar.Remaining()) throw cereal::Exception("string longer than the data");
  text.resize(static_cast<std::size_t>(length));
  ar.GetBytes(text.data(), text.size());
  // Saved before imports checked their text (a lone surrogate from a lesson pack): kept
  // readable, with U+FFFD where a letter was broken, so that no file written from it is
  // refused elsewhere.
  if (!IsValidUtf8(text)) {
    text = RepairedUtf8(text);
    ++ar.repairedTexts;
  }
}

// Vectors: numbers in one checked block; others element by element, so memory follows
// the bytes actually read instead of the stored count.
template <class T, class A>
void CEREAL_SAVE_FUNCTION_NAME(CompactOutputArchive& ar, const std::vector<T, A>& vector) {
  ar.PutVarint(vector.size());
  if constexpr (std::is_arithmetic_v<T> && !std::is_same_v<T, bool> && sizeof(T) == 1) {
    ar.PutBytes(vector.data(), vector.size());
  } else {
    for (const T& element : vector) ar(element);
  }
}
template <class T, class A>
void CEREAL_LOAD_FUNCTION_NAME(CompactInputArchive& ar, std::vector<T, A>& vector) {
  const std::uint64_t count = ar.GetCount();
  if constexpr (std::is_arithmetic_v<T> && !std::is_same_v<T, bool> && sizeof(T) == 1) {
    vector.resize(static_cast<std::size_t>(count));
    ar.GetBytes(vector.data(), vector.size());
  } else {
    vector.clear();
    // All the room at once when the bytes left could fill it (no doubling past the count:
    // 100,000 products would leave room for 31,072 more); else as elements arrive.
    if (count * sizeof(T) <= ar.Remaining()) vector.reserve(static_cast<std::size_t>(count));
    for (std::uint64_t i = 0; i < count; ++i) {
      T element{};
      ar(element);
      vector.push_back(std::move(element));
    }
  }
}

}  // namespace hw

CEREAL_REGISTER_ARCHIVE(hw::CompactOutputArchive)
CEREAL_REGISTER_ARCHIVE(hw::CompactInputArchive)
