#include "shared/snapshot.hpp"

#include <array>
#include <cereal/archives/portable_binary.hpp>
#include <cstring>
#include <lz4.h>
#include <istream>
#include <ostream>
#include <sstream>
#include <vector>

#include "shared/compact_archive.hpp"
#include "shared/hash.hpp"
#include "shared/snapshot_archive.hpp"

namespace hw {
namespace {

constexpr std::array<char, 8> kMagic = {'H', 'W', 'S', 'N', 'A', 'P', '\x1a', '\n'};

void PutLittleEndian(std::string& out, std::uint64_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

std::uint64_t GetLittleEndian(const std::uint8_t* in, int bytes) {
  std::uint64_t value = 0;
  for (int i = bytes - 1; i >= 0; --i) value = (value << 8) | in[i];
  return value;
}

struct Envelope {
  std::uint32_t version = 0;
  std::uint64_t payloadLength = 0;
  std::uint32_t checksum = 0;
};

// Reads and checks the 24-byte header.
Result<Envelope> ReadHeader(std::span<const std::uint8_t> header) {
  if (header.empty()) return Error{Msg::ErrFileEmpty};
  if (header.size() < kSnapshotHeaderSize) {
    // A short file that does not even start like a snapshot is the wrong kind, not truncated.
    const std::size_t compared = std::min(header.size(), kMagic.size());
    if (std::memcmp(header.data(), kMagic.data(), compared) != 0) return Error{Msg::ErrFileWrongKind};
    return Error{Msg::ErrFileTruncated};
  }
  if (std::memcmp(header.data(), kMagic.data(), kMagic.size()) != 0) return Error{Msg::ErrFileWrongKind};
  Envelope envelope;
  envelope.version = static_cast<std::uint32_t>(GetLittleEndian(header.data() + 8, 4));
  envelope.payloadLength = GetLittleEndian(header.data() + 12, 8);
  envelope.checksum = static_cast<std::uint32_t>(GetLittleEndian(header.data() + 20, 4));
  if (envelope.version == 0) return Error{Msg::ErrFileDamaged, "", 0, "format version 0"};
  if (envelope.version > kSnapshotFormatVersion) {
    return Error{Msg::ErrFileNewerVersion, "", 0, "format version " + std::to_string(envelope.version)};
  }
  if (envelope.payloadLength > kMaxSnapshotBytes) return Error{Msg::ErrFileTooLarge};
  return envelope;
}

template <class Archive>
Result<AppData> ParseWith(std::span<const std::uint8_t> payload) {
  AppData data;
  try {
    Archive archive(payload);
    archive(data);
    if (archive.Remaining() != 0) return Error{Msg::ErrFileDamaged, "", 0, "bytes after the data"};
  } catch (const cereal::Exception& e) {
    return Error{Msg::ErrFileDamaged, "", 0, e.what()};
  } catch (const std::bad_alloc&) {
    return Error{Msg::ErrFileTooLarge};
  } catch (const std::length_error& e) {
    return Error{Msg::ErrFileDamaged, "", 0, e.what()};
  }
  return data;
}

// Version 2 payloads: the size of the compact archive (u64 little-endian), then the
// archive compressed as one LZ4 block. The size is checked against what LZ4 can
// expand the bytes present to before anything is allocated.
Result<AppData> ParseCompressed(std::span<const std::uint8_t> payload) {
  if (payload.size() < 8) return Error{Msg::ErrFileDamaged, "", 0, "payload too short"};
  const std::uint64_t rawSize = GetLittleEndian(payload.data(), 8);
  const std::span<const std::uint8_t> block = payload.subspan(8);
  if (rawSize > 255 * static_cast<std::uint64_t>(block.size()) + 16 || block.size() > INT32_MAX)
    return Error{Msg::ErrFileDamaged, "", 0, "size does not match the compressed data"};
  if (rawSize > kMaxSnapshotBytes) return Error{Msg::ErrFileTooLarge};
  std::vector<std::uint8_t> raw(static_cast<std::size_t>(rawSize));
  const int got = LZ4_decompress_safe(reinterpret_cast<const char*>(block.data()), reinterpret_cast<char*>(raw.data()),
                                      static_cast<int>(block.size()), static_cast<int>(raw.size()));
  if (got < 0 || static_cast<std::uint64_t>(got) != rawSize)
    return Error{Msg::ErrFileDamaged, "", 0, "the compressed data is damaged"};
  return ParseWith<CompactInputArchive>(raw);
}

// Version 1 payloads are cereal's portable binary archive; version 2 the compact one.
Result<AppData> ParsePayload(std::uint32_t version, std::span<const std::uint8_t> payload) {
  return version == 1 ? ParseWith<SnapshotInputArchive>(payload) : ParseCompressed(payload);
}

}  // namespace

std::string SnapshotBytes(const AppData& data) {
  std::string raw;
  {
    CompactOutputArchive archive(raw);
    archive(data);
  }
  if (raw.size() > static_cast<std::size_t>(LZ4_MAX_INPUT_SIZE)) throw std::length_error("state too large to save");
  const int bound = LZ4_compressBound(static_cast<int>(raw.size()));
  std::string out(kSnapshotHeaderSize + 8 + static_cast<std::size_t>(bound), '\0');
  const int compressed = LZ4_compress_default(raw.data(), out.data() + kSnapshotHeaderSize + 8,
                                              static_cast<int>(raw.size()), bound);
  out.resize(kSnapshotHeaderSize + 8 + static_cast<std::size_t>(compressed));
  std::string sizes;
  PutLittleEndian(sizes, raw.size(), 8);
  out.replace(kSnapshotHeaderSize, 8, sizes);
  const std::span<const std::uint8_t> payload(reinterpret_cast<const std::uint8_t*>(out.data()) + kSnapshotHeaderSize,
                                              out.size() - kSnapshotHeaderSize);
  std::string header(kMagic.data(), kMagic.size());
  PutLittleEndian(header, kSnapshotFormatVersion, 4);
  PutLittleEndian(header, payload.size(), 8);
  PutLittleEndian(header, Crc32(payload), 4);
  out.replace(0, kSnapshotHeaderSize, header);
  return out;
}

std::string SnapshotBytesV1(const AppData& data) {
  std::ostringstream payloadStream(std::ios::binary);
  {
    cereal::PortableBinaryOutputArchive archive(payloadStream);
    archive(data);
  }
  const std::string payload = std::move(payloadStream).str();
  std::string out(kMagic.data(), kMagic.size());
  PutLittleEndian(out, 1, 4);
  PutLittleEndian(out, payload.size(), 8);
  PutLittleEndian(out, Crc32(payload), 4);
  out += payload;
  return out;
}

bool SaveSnapshot(std::ostream& out, const AppData& data) {
  const std::string bytes = SnapshotBytes(data);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.flush();
  return static_cast<bool>(out);
}

std::optional<Error> CheckSnapshotEnvelope(std::span<const std::uint8_t> bytes) {
  auto envelope = ReadHeader(bytes.first(std::min(bytes.size(), kSnapshotHeaderSize)));
  if (!envelope) return envelope.error();
  const std::uint64_t available = bytes.size() - kSnapshotHeaderSize;
  if (available < envelope.value().payloadLength) return Error{Msg::ErrFileTruncated};
  if (available > envelope.value().payloadLength) return Error{Msg::ErrFileDamaged, "", 0, "bytes after the snapshot"};
  if (Crc32(bytes.subspan(kSnapshotHeaderSize)) != envelope.value().checksum) return Error{Msg::ErrChecksumMismatch};
  return std::nullopt;
}

Result<AppData> LoadSnapshot(std::span<const std::uint8_t> bytes) {
  if (auto error = CheckSnapshotEnvelope(bytes)) return *error;
  const auto version = static_cast<std::uint32_t>(GetLittleEndian(bytes.data() + 8, 4));
  return ParsePayload(version, bytes.subspan(kSnapshotHeaderSize));
}

Result<AppData> LoadSnapshot(std::istream& in) {
  std::array<std::uint8_t, kSnapshotHeaderSize> header{};
  in.read(reinterpret_cast<char*>(header.data()), header.size());
  const auto got = static_cast<std::size_t>(in.gcount());
  auto envelope = ReadHeader(std::span<const std::uint8_t>(header.data(), got));
  if (!envelope) return envelope.error();
  // Read in chunks so a lying length field cannot make us allocate what is not there.
  std::vector<std::uint8_t> bytes(header.begin(), header.end());
  const std::uint64_t wanted = envelope.value().payloadLength;
  constexpr std::size_t kChunk = 1 << 20;
  while (bytes.size() - kSnapshotHeaderSize < wanted) {
    const std::size_t chunk = static_cast<std::size_t>(std::min<std::uint64_t>(kChunk, wanted - (bytes.size() - kSnapshotHeaderSize)));
    const std::size_t before = bytes.size();
    bytes.resize(before + chunk);
    in.read(reinterpret_cast<char*>(bytes.data() + before), static_cast<std::streamsize>(chunk));
    const auto read = static_cast<std::size_t>(in.gcount());
    bytes.resize(before + read);
    if (read < chunk) return Error{Msg::ErrFileTruncated};
  }
  if (in.peek() != std::char_traits<char>::eof()) return Error{Msg::ErrFileDamaged, "", 0, "bytes after the snapshot"};
  return LoadSnapshot(std::span<const std::uint8_t>(bytes));
}

}  // namespace hw
