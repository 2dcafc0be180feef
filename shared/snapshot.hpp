#pragma once
// The whole AppData as one cereal snapshot inside an envelope:
//   magic "HWSNAP\x1a\n" | format version u32 | payload length u64 | CRC-32 u32 | payload
// (integers little-endian). Since format version 2 the payload is the size of the
// compact archive (compact_archive.hpp, u64) and that archive compressed as one LZ4
// block; version 1 files (cereal's portable binary archive, uncompressed) still load. Loading any bytes gives AppData or an Error: never a
// crash, and never an allocation larger than the bytes actually present.
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <span>
#include <string>

#include "shared/model.hpp"
#include "shared/result.hpp"

namespace hw {

inline constexpr std::uint32_t kSnapshotFormatVersion = 2;
inline constexpr std::size_t kSnapshotHeaderSize = 24;
inline constexpr std::uint64_t kMaxSnapshotBytes = 256ull * 1024 * 1024;

// Writes the snapshot; false when the stream failed.
bool SaveSnapshot(std::ostream& out, const AppData& data);
std::string SnapshotBytes(const AppData& data);
// The same state in format version 1, for tests that check old files still load.
std::string SnapshotBytesV1(const AppData& data);

Result<AppData> LoadSnapshot(std::istream& in);
Result<AppData> LoadSnapshot(std::span<const std::uint8_t> bytes);

// Checks the envelope only (magic, version, length, checksum), as the save protocol
// does after writing; nullopt when it is sound.
std::optional<Error> CheckSnapshotEnvelope(std::span<const std::uint8_t> bytes);

}  // namespace hw
