#include "shared/storage/snapshot_store.hpp"

#include <cstdio>
#include <fstream>
#include <memory>
#include <string>

#include "shared/storage/snapshot.hpp"

namespace hw {
namespace fs = std::filesystem;

std::optional<std::vector<std::uint8_t>> ReadFileBytes(const fs::path& file, std::uint64_t limit) {
  std::error_code ec;
  const auto size = fs::file_size(file, ec);
  if (ec || size > limit) return std::nullopt;
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size));
  in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  if (static_cast<std::uint64_t>(in.gcount()) != size) return std::nullopt;
  return bytes;
}

namespace {

// Snapshot files go through C stdio: the smallest file code in the web build.
struct CloseFile {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
using File = std::unique_ptr<std::FILE, CloseFile>;

SnapshotSource SourceOf(std::FILE* file) {
  return {[file](void* out, std::size_t size) { return std::fread(out, 1, size, file); },
          [file] { std::fseek(file, 0, SEEK_SET); }};
}

constexpr std::uint64_t kFileLimit = kMaxSnapshotBytes + kSnapshotHeaderSize;

Result<AppData> LoadFile(const fs::path& file, std::size_t* repaired) {
  std::error_code ec;
  const auto size = fs::file_size(file, ec);
  if (ec) return Error{Msg::ErrFileUnreadable, ec.message()};
  if (size > kFileLimit) return Error{Msg::ErrFileTooLarge};
  const File in(std::fopen(file.c_str(), "rb"));
  if (!in) return Error{Msg::ErrFileUnreadable};
  return LoadSnapshot(SourceOf(in.get()), repaired);  // a piece at a time: the file is never all in memory
}

// Moves a refused file aside under the first free "damaged-N.snapshot" name.
std::optional<fs::path> MoveAside(const fs::path& folder, const fs::path& file) {
  std::error_code ec;
  for (int n = 1; n < 10000; ++n) {
    fs::path target = folder / ("damaged-" + std::to_string(n) + ".snapshot");
    if (fs::exists(target, ec)) continue;
    fs::rename(file, target, ec);
    if (ec) return std::nullopt;
    return target;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Error> SaveToFolder(const fs::path& folder, const AppData& data) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  const fs::path fresh = folder / kSnapshotNewFile;
  const fs::path main = folder / kSnapshotFile;
  const fs::path backup = folder / kSnapshotBackupFile;
  // Written as it is made, the header last: the snapshot is never all in memory.
  std::uint64_t length = kSnapshotHeaderSize;
  {
    File out(std::fopen(fresh.c_str(), "wb"));
    bool written = out != nullptr;
    const auto put = [&](std::string_view bytes) {
      written = written && std::fwrite(bytes.data(), 1, bytes.size(), out.get()) == bytes.size();
    };
    put(std::string(kSnapshotHeaderSize, '\0'));
    const std::string header = WriteSnapshot(data, [&](std::string_view piece) {
      put(piece);
      length += piece.size();
    });
    written = written && std::fseek(out.get(), 0, SEEK_SET) == 0;
    put(header);
    written = written && std::fclose(out.release()) == 0;
    if (!written) {
      fs::remove(fresh, ec);
      return Error{Msg::ErrSaveFailed, "write failed"};
    }
  }
  // Read back what reached the storage, not what we meant to write.
  if (fs::file_size(fresh, ec) != length || ec) {
    fs::remove(fresh, ec);
    return Error{Msg::ErrSaveFailed, "length differs after writing"};
  }
  const auto error = [&]() -> std::optional<Error> {
    const File written(std::fopen(fresh.c_str(), "rb"));
    if (!written) return Error{Msg::ErrFileUnreadable};
    return CheckSnapshotEnvelope(SourceOf(written.get()));
  }();
  if (error) {
    fs::remove(fresh, ec);
    return Error{Msg::ErrSaveFailed, "checksum differs after writing"};
  }
  if (fs::exists(main, ec)) {
    fs::rename(main, backup, ec);
    if (ec) return Error{Msg::ErrSaveFailed, "could not keep the backup: " + ec.message()};
  }
  fs::rename(fresh, main, ec);
  if (ec) return Error{Msg::ErrSaveFailed, "could not rename: " + ec.message()};
  return std::nullopt;
}

StoreLoad LoadFromFolder(const fs::path& folder) {
  StoreLoad report;
  std::error_code ec;
  const fs::path main = folder / kSnapshotFile;
  const fs::path fresh = folder / kSnapshotNewFile;
  const fs::path backup = folder / kSnapshotBackupFile;
  bool damaged = false;

  auto attempt = [&](const fs::path& file, LoadSource source) -> bool {
    if (!fs::exists(file, ec)) return false;
    std::size_t repaired = 0;
    auto loaded = LoadFile(file, &repaired);
    if (loaded) {
      report.data = std::move(loaded.value());
      report.source = source;
      if (repaired) report.notice = Msg::TextRepaired;
      return true;
    }
    report.errors.push_back(loaded.error());
    damaged = true;
    if (auto moved = MoveAside(folder, file)) report.damagedFiles.push_back(*moved);
    return false;
  };

  if (attempt(main, LoadSource::Main)) {
    fs::remove(fresh, ec);  // a save that never got renamed: main is newer or equal
    return report;
  }
  const bool mainMissing = !damaged;
  if (mainMissing && fs::exists(fresh, ec)) {
    // Crash between "main -> bak" and "new -> main": the new file was verified
    // before the first rename, so promote it.
    if (attempt(fresh, LoadSource::InterruptedSave)) {
      fs::rename(fresh, main, ec);
      return report;
    }
  } else {
    fs::remove(fresh, ec);
  }
  if (attempt(backup, LoadSource::Backup)) {
    if (damaged) report.notice = Msg::StoreRestoredFromBackup;
    return report;
  }
  if (damaged) {
    report.source = LoadSource::EmptyAfterDamage;
    report.notice = Msg::StoreStartedEmpty;
  }
  return report;
}

}  // namespace hw
