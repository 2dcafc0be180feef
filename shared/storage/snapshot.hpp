#pragma once
// The whole AppData as one cereal snapshot inside an envelope:
//   magic "HWSNAP\x1a\n" | format version u32 | payload length u64 | CRC-32 u32 | payload
// (integers little-endian). The payload is the compact archive (compact_archive.hpp):
// since format version 3 in LZ4-compressed blocks of 128 KiB, written and read a block
// at a time, so saving or loading 100,000 products needs no memory the size of the
// file; version 2 (the archive as one LZ4 block) and version 1 (cereal's portable
// binary archive, uncompressed) files still load. Loading any bytes gives AppData or
// an Error: never a crash, and never an allocation larger than the bytes present
// (or, compressed, than LZ4 can expand them to).
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>

#include "shared/core/result.hpp"
#include "shared/model.hpp"

namespace hw {

inline constexpr std::uint32_t kSnapshotFormatVersion = 3;
inline constexpr std::size_t kSnapshotHeaderSize = 24;
inline constexpr std::uint64_t kMaxSnapshotBytes = 256ull * 1024 * 1024;

// Hands the snapshot's payload to `write` a piece at a time and returns the header
// (kSnapshotHeaderSize bytes) that goes in front of it.
std::string WriteSnapshot(const AppData& data, const std::function<void(std::string_view)>& write);
// Writes the snapshot; false when the stream failed.
bool SaveSnapshot(std::ostream& out, const AppData& data);
std::string SnapshotBytes(const AppData& data);
// The same state in format versions 1 and 2, for tests that check old files still load.
std::string SnapshotBytesV1(const AppData& data);
std::string SnapshotBytesV2(const AppData& data);

// Where a snapshot is read from a piece at a time: `read` fills up to `size` bytes and
// returns how many (fewer only at the end), `rewind` goes back to the first byte.
struct SnapshotSource {
  std::function<std::size_t(void* out, std::size_t size)> read;
  std::function<void()> rewind;
};
// `repaired`, when given, counts the texts whose letters were not UTF-8 (saved before
// imports checked them): they are read with U+FFFD where a letter was broken.
Result<AppData> LoadSnapshot(const SnapshotSource& source, std::size_t* repaired = nullptr);
Result<AppData> LoadSnapshot(std::istream& in, std::size_t* repaired = nullptr);
Result<AppData> LoadSnapshot(std::span<const std::uint8_t> bytes, std::size_t* repaired = nullptr);

// Checks the envelope only (magic, version, length, checksum), as the save protocol
// does after writing; nullopt when it is sound.
std::optional<Error> CheckSnapshotEnvelope(std::span<const std::uint8_t> bytes);
// The same, reading a piece at a time.
std::optional<Error> CheckSnapshotEnvelope(const SnapshotSource& source);

// A backup is the whole saved state as one snapshot file: "homeworks-backup-2026-12-02.snapshot".
std::string BackupFileName(Timestamp today);

}  // namespace hw
