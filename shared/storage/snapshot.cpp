#include "shared/storage/snapshot.hpp"

#include <lz4.h>
#include <array>
#include <cereal/archives/portable_binary.hpp>
#include <cstring>
#include <functional>
#include <istream>
#include <ostream>
#include <sstream>
#include <vector>

#include "shared/core/hash.hpp"
#include "shared/storage/compact_archive.hpp"
#include "shared/storage/snapshot_archive.hpp"

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

// Reads AppData from `archive`; `after` then checks what follows the data. One
// instantiation per archive type, never inlined: the whole model's reading code is in
// each, and the web build carries it once.
template <class Archive>
[[gnu::noinline]] Result<AppData> ParseFrom(Archive& archive, std::size_t* repaired,
                                            const std::function<void()>& after = {}) {
  AppData data;
  try {
    archive(data);
    if constexpr (requires { archive.repairedTexts; })
      if (repaired) *repaired = archive.repairedTexts;
    if (archive.Remaining() != 0) return Error{Msg::ErrFileDamaged, "", 0, "bytes after the data"};
    if (after) after();
  } catch (const cereal::Exception& e) {
    return Error{Msg::ErrFileDamaged, "", 0, e.what()};
  } catch (const std::bad_alloc&) {
    return Error{Msg::ErrFileTooLarge};
  } catch (const std::length_error& e) {
    return Error{Msg::ErrFileDamaged, "", 0, e.what()};
  }
  return data;
}

template <class Archive>
Result<AppData> ParseWith(std::span<const std::uint8_t> payload, std::size_t* repaired) {
  try {
    Archive archive(payload);  // cereal's portable binary archive reads a byte as it starts
    return ParseFrom(archive, repaired);
  } catch (const cereal::Exception& e) {
    return Error{Msg::ErrFileDamaged, "", 0, e.what()};
  }
}

// Version 2 payloads: the size of the compact archive (u64 little-endian), then the
// archive compressed as one LZ4 block. The size is checked against what LZ4 can
// expand the bytes present to before anything is allocated.
Result<AppData> ParseCompressed(std::span<const std::uint8_t> payload, std::size_t* repaired) {
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
  return ParseWith<CompactInputArchive>(raw, repaired);
}

// Version 3 payloads: the compact archive cut in blocks of kBlock bytes (the last may
// be shorter), each compressed by LZ4 on its own and written as its compressed size
// (u32) and the compressed bytes; then a size 0; then the archive's size (u64).
// Writing and reading hold a block or two, never the whole archive.
constexpr std::size_t kBlock = 128 * 1024;
constexpr std::size_t kTrailer = 4 + 8;

class BlockWriter {
 public:
  explicit BlockWriter(const std::function<void(std::string_view)>& write)
      : write_(write), compressed_(4 + LZ4_COMPRESSBOUND(kBlock)) {}
  // Compresses the whole blocks at the front of `pending`, and the rest when `last`.
  void Take(std::string& pending, bool last) {
    std::size_t at = 0;
    while (pending.size() - at >= kBlock || (last && at < pending.size())) {
      const std::size_t size = std::min(kBlock, pending.size() - at);
      const int compressed = LZ4_compress_default(pending.data() + at, compressed_.data() + 4, static_cast<int>(size),
                                                  static_cast<int>(compressed_.size() - 4));
      if (compressed <= 0) throw std::length_error("a block did not compress");
      for (int i = 0; i < 4; ++i) compressed_[static_cast<std::size_t>(i)] = static_cast<char>(compressed >> (8 * i));
      Emit(std::string_view(compressed_.data(), 4 + static_cast<std::size_t>(compressed)));
      at += size;
      rawSize_ += size;
    }
    pending.erase(0, at);
  }
  void Finish() {
    std::string trailer;
    PutLittleEndian(trailer, 0, 4);
    PutLittleEndian(trailer, rawSize_, 8);
    Emit(trailer);
  }
  std::uint64_t length = 0;  // payload bytes written
  std::uint32_t crc = 0;

 private:
  void Emit(std::string_view bytes) {
    crc = Crc32(bytes, crc);
    length += bytes.size();
    write_(bytes);
  }
  const std::function<void(std::string_view)>& write_;
  std::vector<char> compressed_;
  std::uint64_t rawSize_ = 0;
};

// The blocks of a version 3 payload back as archive bytes. `read` fills exactly the
// bytes asked for or throws; the reader never reads more than `budget` bytes.
class BlockReader {
 public:
  BlockReader(std::function<void(void*, std::size_t)> read, std::uint64_t budget)
      : read_(std::move(read)), budget_(budget), compressed_(LZ4_COMPRESSBOUND(kBlock)), block_(kBlock) {}
  std::span<const std::uint8_t> Next() {
    const std::uint32_t size = Size();
    if (size == 0) throw cereal::Exception("unexpected end of data");
    if (size > compressed_.size()) throw cereal::Exception("a block is too large");
    Read(compressed_.data(), size);
    const int got = LZ4_decompress_safe(compressed_.data(), block_.data(), static_cast<int>(size), kBlock);
    if (got <= 0) throw cereal::Exception("the compressed data is damaged");
    decoded_ += static_cast<std::uint64_t>(got);
    return std::span(reinterpret_cast<const std::uint8_t*>(block_.data()), static_cast<std::size_t>(got));
  }
  // After the archive: every block was read, to the size the trailer gives.
  void Finish(std::uint64_t rawSize) {
    if (Size() != 0 || decoded_ != rawSize) throw cereal::Exception("the blocks do not end with the data");
    if (budget_ != 8) throw cereal::Exception("bytes after the blocks");
  }

 private:
  std::uint32_t Size() {
    std::uint8_t bytes[4];
    Read(bytes, 4);
    return static_cast<std::uint32_t>(GetLittleEndian(bytes, 4));
  }
  void Read(void* out, std::size_t size) {
    if (size > budget_) throw cereal::Exception("unexpected end of data");
    budget_ -= size;
    read_(out, size);
  }
  std::function<void(void*, std::size_t)> read_;
  std::uint64_t budget_;
  std::vector<char> compressed_;
  std::vector<char> block_;
  std::uint64_t decoded_ = 0;
};

// `rawSize` is the payload's last 8 bytes, `read` gives the payload from its start.
Result<AppData> ParseBlocks(std::uint64_t payloadLength, std::uint64_t rawSize,
                            std::function<void(void*, std::size_t)> read, std::size_t* repaired) {
  if (payloadLength < kTrailer) return Error{Msg::ErrFileDamaged, "", 0, "payload too short"};
  if (rawSize > 255 * payloadLength + 16)
    return Error{Msg::ErrFileDamaged, "", 0, "size does not match the compressed data"};
  if (rawSize > kMaxSnapshotBytes) return Error{Msg::ErrFileTooLarge};
  try {
    BlockReader blocks(std::move(read), payloadLength);
    CompactInputArchive archive(static_cast<std::size_t>(rawSize), [&] { return blocks.Next(); });
    return ParseFrom(archive, repaired, [&] { blocks.Finish(rawSize); });
  } catch (const std::bad_alloc&) {
    return Error{Msg::ErrFileTooLarge};
  }
}

// Version 1 payloads are cereal's portable binary archive; version 2 and 3 the compact one.
Result<AppData> ParsePayload(std::uint32_t version, std::span<const std::uint8_t> payload, std::size_t* repaired) {
  if (version == 1) return ParseWith<SnapshotInputArchive>(payload, repaired);
  if (version == 2) return ParseCompressed(payload, repaired);
  const std::uint64_t rawSize = payload.size() >= 8 ? GetLittleEndian(payload.data() + payload.size() - 8, 8) : 0;
  return ParseBlocks(
      payload.size(), rawSize,
      [payload, at = std::size_t{0}](void* out, std::size_t size) mutable {
        std::memcpy(out, payload.data() + at, size);  // within the payload: BlockReader keeps to its length
        at += size;
      },
      repaired);
}

std::string Header(std::uint32_t version, std::uint64_t payloadLength, std::uint32_t crc) {
  std::string header(kMagic.data(), kMagic.size());
  PutLittleEndian(header, version, 4);
  PutLittleEndian(header, payloadLength, 8);
  PutLittleEndian(header, crc, 4);
  return header;
}

}  // namespace

std::string WriteSnapshot(const AppData& data, const std::function<void(std::string_view)>& write) {
  BlockWriter blocks(write);
  std::string pending;
  {
    CompactOutputArchive archive(pending, kBlock, [&] { blocks.Take(pending, false); });
    archive(data);
  }
  blocks.Take(pending, true);
  blocks.Finish();
  return Header(kSnapshotFormatVersion, blocks.length, blocks.crc);
}

std::string SnapshotBytes(const AppData& data) {
  std::string out(kSnapshotHeaderSize, '\0');
  const std::string header = WriteSnapshot(data, [&](std::string_view piece) { out.append(piece); });
  out.replace(0, kSnapshotHeaderSize, header);
  return out;
}

std::string SnapshotBytesV2(const AppData& data) {
  std::string raw;
  {
    CompactOutputArchive archive(raw);
    archive(data);
  }
  const int bound = LZ4_compressBound(static_cast<int>(raw.size()));
  std::string payload;
  PutLittleEndian(payload, raw.size(), 8);
  payload.resize(8 + static_cast<std::size_t>(bound));
  const int compressed = LZ4_compress_default(raw.data(), payload.data() + 8, static_cast<int>(raw.size()), bound);
  payload.resize(8 + static_cast<std::size_t>(compressed));
  return Header(2, payload.size(), Crc32(payload)) + payload;
}

std::string SnapshotBytesV1(const AppData& data) {
  std::ostringstream payloadStream(std::ios::binary);
  {
    cereal::PortableBinaryOutputArchive archive(payloadStream);
    archive(data);
  }
  const std::string payload = std::move(payloadStream).str();
  return Header(1, payload.size(), Crc32(payload)) + payload;
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

namespace {

struct CheckedStream {
  Envelope envelope;
  std::uint64_t lastEight = 0;  // the payload's last 8 bytes (little-endian)
};

// The envelope of a snapshot in a stream, checked a piece at a time: nothing as
// large as the file is allocated.
Result<CheckedStream> CheckStream(const SnapshotSource& source) {
  std::array<std::uint8_t, kSnapshotHeaderSize> header{};
  auto envelope = ReadHeader(std::span<const std::uint8_t>(header.data(), source.read(header.data(), header.size())));
  if (!envelope) return envelope.error();
  CheckedStream checked{envelope.value()};
  std::vector<std::uint8_t> buffer(kBlock);
  std::uint64_t left = checked.envelope.payloadLength;
  std::uint32_t crc = 0;
  while (left > 0) {
    const auto wanted = static_cast<std::size_t>(std::min<std::uint64_t>(left, buffer.size()));
    const std::size_t got = source.read(buffer.data(), wanted);
    crc = Crc32(std::span(buffer.data(), got), crc);
    for (std::size_t i = got > 8 ? got - 8 : 0; i < got; ++i)
      checked.lastEight = (checked.lastEight >> 8) | (std::uint64_t{buffer[i]} << 56);
    left -= got;
    if (got < wanted) return Error{Msg::ErrFileTruncated};
  }
  if (source.read(buffer.data(), 1) != 0) return Error{Msg::ErrFileDamaged, "", 0, "bytes after the snapshot"};
  if (crc != checked.envelope.checksum) return Error{Msg::ErrChecksumMismatch};
  return checked;
}

SnapshotSource SourceOf(std::istream& in) {
  return {[&in](void* out, std::size_t size) {
            in.read(static_cast<char*>(out), static_cast<std::streamsize>(size));
            return static_cast<std::size_t>(in.gcount());
          },
          [&in] {
            in.clear();
            in.seekg(0);
          }};
}

}  // namespace

std::optional<Error> CheckSnapshotEnvelope(const SnapshotSource& source) {
  auto checked = CheckStream(source);
  if (!checked) return checked.error();
  return std::nullopt;
}

Result<AppData> LoadSnapshot(std::span<const std::uint8_t> bytes, std::size_t* repaired) {
  if (auto error = CheckSnapshotEnvelope(bytes)) return *error;
  const auto version = static_cast<std::uint32_t>(GetLittleEndian(bytes.data() + 8, 4));
  return ParsePayload(version, bytes.subspan(kSnapshotHeaderSize), repaired);
}

Result<AppData> LoadSnapshot(const SnapshotSource& source, std::size_t* repaired) {
  auto checked = CheckStream(source);
  if (!checked) return checked.error();
  const Envelope& envelope = checked.value().envelope;
  source.rewind();
  const auto readAll = [&](void* out, std::size_t size) {
    if (source.read(out, size) != size) throw cereal::Exception("the file changed while it was read");
  };
  if (envelope.version < 3) {
    // Older formats are read whole; their length was checked against the bytes present.
    std::vector<std::uint8_t> bytes(kSnapshotHeaderSize + static_cast<std::size_t>(envelope.payloadLength));
    if (source.read(bytes.data(), bytes.size()) != bytes.size()) return Error{Msg::ErrFileTruncated};
    return LoadSnapshot(std::span<const std::uint8_t>(bytes), repaired);
  }
  // Version 3 is parsed as its blocks are read.
  std::array<std::uint8_t, kSnapshotHeaderSize> header{};
  if (source.read(header.data(), header.size()) != header.size()) return Error{Msg::ErrFileTruncated};
  return ParseBlocks(envelope.payloadLength, checked.value().lastEight, readAll, repaired);
}

Result<AppData> LoadSnapshot(std::istream& in, std::size_t* repaired) { return LoadSnapshot(SourceOf(in), repaired); }

std::string BackupFileName(Timestamp today) { return "homeworks-backup-" + FormatDate(today) + ".snapshot"; }

}  // namespace hw
