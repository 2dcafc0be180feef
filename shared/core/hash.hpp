#pragma once
// Hashes written from their specifications (FIPS 180-4 for SHA-256, ISO 3309 /
// ITU-T V.42 for CRC-32): no header-only library on Debian builds them for wasm.
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace hw {

using Sha256Digest = std::array<std::uint8_t, 32>;

// Incremental SHA-256.
class Sha256 {
 public:
  Sha256();
  void Update(std::span<const std::uint8_t> bytes);
  void Update(std::string_view text);
  Sha256Digest Finish();

 private:
  void Block(const std::uint8_t* block);
  std::array<std::uint32_t, 8> state_;
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t totalBytes_ = 0;
};

Sha256Digest Sha256Of(std::string_view text);

// CRC-32 (the zlib/PNG polynomial). Pass the previous result to continue over more bytes.
std::uint32_t Crc32(std::span<const std::uint8_t> bytes, std::uint32_t previous = 0);
std::uint32_t Crc32(std::string_view bytes, std::uint32_t previous = 0);

// Lower-case hexadecimal of bytes, and back (nullopt-like: empty result and false on bad input).
std::string ToHex(std::span<const std::uint8_t> bytes);
bool FromHex(std::string_view hex, std::span<std::uint8_t> out);

}  // namespace hw
