#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "shared/core/hash.hpp"
#include "shared/storage/snapshot.hpp"
#include "shared/storage/snapshot_store.hpp"
#include "tests/unit/sample_data.hpp"

using namespace hw;
namespace fs = std::filesystem;

namespace {

std::span<const std::uint8_t> Bytes(const std::string& s) {
  return std::span(reinterpret_cast<const std::uint8_t*>(s.data()), s.size());
}

// Rewrites the checksum so the damage reaches the parser instead of stopping at the CRC.
void Reseal(std::string& snapshot) {
  const std::uint32_t crc = Crc32(std::string_view(snapshot).substr(kSnapshotHeaderSize));
  for (int i = 0; i < 4; ++i) snapshot[20 + static_cast<std::size_t>(i)] = static_cast<char>((crc >> (8 * i)) & 0xFF);
}

void SetPayloadLength(std::string& snapshot, std::uint64_t length) {
  for (int i = 0; i < 8; ++i)
    snapshot[12 + static_cast<std::size_t>(i)] = static_cast<char>((length >> (8 * i)) & 0xFF);
}

// A fresh, empty folder per test under the system's temporary folder.
struct TempFolder {
  fs::path path;
  explicit TempFolder(const char* name) : path(fs::temp_directory_path() / ("homeworks-test-" + std::string(name))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempFolder() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

void WriteFile(const fs::path& file, const std::string& bytes) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << bytes;
}

}  // namespace

TEST_SUITE_BEGIN("storage");

TEST_CASE("a snapshot saved to a stream loads back equal") {
  const AppData data = test::SampleData();
  std::stringstream stream;
  REQUIRE(SaveSnapshot(stream, data));
  const auto loaded = LoadSnapshot(stream);
  REQUIRE(loaded.ok());
  CHECK(loaded.value() == data);
  SUBCASE("and an empty state too") {
    std::stringstream empty;
    REQUIRE(SaveSnapshot(empty, AppData{}));
    const auto back = LoadSnapshot(empty);
    REQUIRE(back.ok());
    CHECK(back.value() == AppData{});
  }
}

TEST_CASE("text saved before imports checked it comes back as UTF-8, a broken letter shown as U+FFFD") {
  AppData data = test::SampleData();
  REQUIRE_FALSE(data.groups.empty());
  data.groups[0].name = "Sewa \xED\xB9\xB5 group";  // "\udE75" from a lesson pack of an older app
  std::stringstream stream;
  REQUIRE(SaveSnapshot(stream, data));
  std::size_t repaired = 0;
  const auto loaded = LoadSnapshot(stream, &repaired);
  REQUIRE(loaded.ok());
  CHECK(loaded.value().groups[0].name == "Sewa \uFFFD\uFFFD\uFFFD group");
  CHECK(loaded.value().products == data.products);
  CHECK(repaired == 1);
  SUBCASE("the person is told when the app starts with it") {
    const auto folder = std::filesystem::temp_directory_path() / "homeworks-repaired-test";
    std::filesystem::remove_all(folder);
    REQUIRE_FALSE(SaveToFolder(folder, data));
    const StoreLoad load = LoadFromFolder(folder);
    CHECK(load.notice == Msg::TextRepaired);
    CHECK(load.data.groups[0].name == "Sewa \uFFFD\uFFFD\uFFFD group");
    std::filesystem::remove_all(folder);
  }
}

TEST_CASE("the snapshot envelope refuses what is not a sound snapshot") {
  const std::string good = SnapshotBytes(test::SampleData());
  SUBCASE("empty") { CHECK(LoadSnapshot(Bytes("")).error().message == Msg::ErrFileEmpty); }
  SUBCASE("another kind of file") {
    CHECK(LoadSnapshot(Bytes("{\"catalogue\": {}}")).error().message == Msg::ErrFileWrongKind);
    CHECK(LoadSnapshot(Bytes("PK")).error().message == Msg::ErrFileWrongKind);
  }
  SUBCASE("a newer format") {
    std::string newer = good;
    newer[8] = static_cast<char>(kSnapshotFormatVersion + 1);
    const auto result = LoadSnapshot(Bytes(newer));
    CHECK(result.error().message == Msg::ErrFileNewerVersion);
  }
  SUBCASE("a length beyond the limit, without allocating it") {
    std::string huge = good.substr(0, kSnapshotHeaderSize);
    SetPayloadLength(huge, 1ull << 60);
    CHECK(LoadSnapshot(Bytes(huge)).error().message == Msg::ErrFileTooLarge);
    std::istringstream in(huge);
    CHECK(LoadSnapshot(in).error().message == Msg::ErrFileTooLarge);
  }
  SUBCASE("a length larger than the bytes present") {
    std::string lying = good;
    SetPayloadLength(lying, 200u * 1024 * 1024);
    std::istringstream in(lying);
    CHECK(LoadSnapshot(in).error().message == Msg::ErrFileTruncated);
  }
  SUBCASE("extra bytes after the payload") {
    CHECK(LoadSnapshot(Bytes(good + "x")).error().message == Msg::ErrFileDamaged);
  }
  SUBCASE("a sound envelope around nothing, in every format") {
    for (const char version : {'\1', '\2', '\3'}) {
      std::string empty = good.substr(0, kSnapshotHeaderSize);
      empty[8] = version;
      SetPayloadLength(empty, 0);
      Reseal(empty);
      CAPTURE(int{version});
      CHECK(LoadSnapshot(Bytes(empty)).error().message == Msg::ErrFileDamaged);
    }
  }
}

TEST_CASE("a snapshot cut at any offset gives a clear error") {
  const std::string good = SnapshotBytes(test::SampleData());
  for (std::size_t cut = 0; cut < good.size(); ++cut) {
    const std::string truncated = good.substr(0, cut);
    const auto result = LoadSnapshot(Bytes(truncated));
    CAPTURE(cut);
    REQUIRE_FALSE(result.ok());
    CHECK((result.error().message == Msg::ErrFileTruncated || result.error().message == Msg::ErrFileEmpty));
    std::istringstream in(truncated);
    CHECK_FALSE(LoadSnapshot(in).ok());
  }
}

TEST_CASE("a flipped byte anywhere is caught by the envelope") {
  const std::string good = SnapshotBytes(test::SampleData());
  for (std::size_t at = 0; at < good.size(); ++at) {
    std::string damaged = good;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x5A);
    CAPTURE(at);
    CHECK_FALSE(LoadSnapshot(Bytes(damaged)).ok());
  }
}

TEST_CASE("a damaged payload with a matching checksum is refused or loads a valid state") {
  const std::string good = SnapshotBytes(test::SampleData());
  std::size_t refused = 0;
  for (std::size_t at = kSnapshotHeaderSize; at < good.size(); ++at) {
    for (const unsigned mask : {0x01u, 0x80u, 0xFFu}) {
      std::string damaged = good;
      damaged[at] = static_cast<char>(static_cast<unsigned char>(damaged[at]) ^ mask);
      Reseal(damaged);
      const auto result = LoadSnapshot(Bytes(damaged));
      if (!result.ok()) {
        ++refused;
        CHECK(result.error().message == Msg::ErrFileDamaged);
      }
    }
  }
  CHECK(refused > 0);
  SUBCASE("payloads cut short and resealed are refused") {
    for (std::size_t cut = kSnapshotHeaderSize; cut < good.size(); cut += 7) {
      std::string shorter = good.substr(0, cut);
      SetPayloadLength(shorter, cut - kSnapshotHeaderSize);
      Reseal(shorter);
      CAPTURE(cut);
      CHECK_FALSE(LoadSnapshot(Bytes(shorter)).ok());
    }
  }
  SUBCASE("a huge count inside the payload is refused without allocating it") {
    // The first group's id string length sits right after the endianness byte, the
    // class versions and the vector count; set every 8-byte window in turn to 2^62.
    for (std::size_t at = kSnapshotHeaderSize + 1; at + 8 <= good.size() && at < 200; ++at) {
      std::string damaged = good;
      for (int i = 0; i < 8; ++i) damaged[at + static_cast<std::size_t>(i)] = i == 7 ? '\x40' : '\0';
      Reseal(damaged);
      (void)LoadSnapshot(Bytes(damaged));  // must return, not throw or exhaust memory
    }
  }
}

TEST_CASE("a state larger than many blocks is saved and read a block at a time, and comes back the same") {
  AppData data = test::SampleData();
  const Product model = data.products.at(0);
  for (int i = 0; i < 3000; ++i) {
    Product copy = model;
    copy.id = DerivedId(model.id, std::to_string(i));
    copy.sku = "B-" + std::to_string(i);
    copy.name.Set("en", "Basket number " + std::to_string(i * 7919 % 3001));
    data.products.push_back(std::move(copy));
  }
  const std::string bytes = SnapshotBytes(data);
  std::uint64_t rawSize = 0;  // the payload's last 8 bytes
  for (int i = 7; i >= 0; --i)
    rawSize = rawSize << 8 | static_cast<unsigned char>(bytes[bytes.size() - 8 + static_cast<std::size_t>(i)]);
  CHECK(rawSize > 4 * 64 * 1024);

  const auto fromMemory = LoadSnapshot(Bytes(bytes));
  REQUIRE(fromMemory.ok());
  CHECK(fromMemory.value() == data);
  std::istringstream stream(bytes);
  const auto fromStream = LoadSnapshot(stream);
  REQUIRE(fromStream.ok());
  CHECK(fromStream.value() == data);

  TempFolder folder("blocks");
  REQUIRE_FALSE(SaveToFolder(folder.path, data).has_value());
  CHECK(fs::file_size(folder.path / kSnapshotFile) == bytes.size());
  const StoreLoad load = LoadFromFolder(folder.path);
  CHECK(load.source == LoadSource::Main);
  CHECK(load.data == data);

  SUBCASE("a byte changed in a later block, the checksum made to match, is refused or loads a valid state") {
    for (std::size_t at = bytes.size() / 2; at < bytes.size() / 2 + 64; ++at) {
      std::string damaged = bytes;
      damaged[at] = static_cast<char>(static_cast<unsigned char>(damaged[at]) ^ 0x55);
      Reseal(damaged);
      const auto result = LoadSnapshot(Bytes(damaged));
      if (!result.ok()) CHECK(result.error().message == Msg::ErrFileDamaged);
      else CHECK(result.value().products.size() == data.products.size());
    }
  }
}

TEST_CASE("the folder store saves, keeps a backup and falls back to it") {
  TempFolder folder("store");
  AppData first = test::SampleData();
  AppData second = first;
  second.settings.language = "th";

  SUBCASE("nothing saved yet is a fresh start without a message") {
    const StoreLoad load = LoadFromFolder(folder.path);
    CHECK(load.source == LoadSource::Fresh);
    CHECK_FALSE(load.notice.has_value());
    CHECK(load.data == AppData{});
  }
  SUBCASE("the latest save loads") {
    REQUIRE_FALSE(SaveToFolder(folder.path, first).has_value());
    REQUIRE_FALSE(SaveToFolder(folder.path, second).has_value());
    CHECK(fs::exists(folder.path / kSnapshotBackupFile));
    CHECK_FALSE(fs::exists(folder.path / kSnapshotNewFile));
    const StoreLoad load = LoadFromFolder(folder.path);
    CHECK(load.source == LoadSource::Main);
    CHECK(load.data == second);
  }
  SUBCASE("a damaged latest snapshot falls back to the backup and is kept aside") {
    REQUIRE_FALSE(SaveToFolder(folder.path, first).has_value());
    REQUIRE_FALSE(SaveToFolder(folder.path, second).has_value());
    std::string bytes = SnapshotBytes(second);
    bytes[bytes.size() / 2] ^= 0x10;
    WriteFile(folder.path / kSnapshotFile, bytes);
    const StoreLoad load = LoadFromFolder(folder.path);
    CHECK(load.source == LoadSource::Backup);
    CHECK(load.data == first);
    CHECK(load.notice == Msg::StoreRestoredFromBackup);
    REQUIRE(load.damagedFiles.size() == 1);
    CHECK(fs::exists(load.damagedFiles[0]));
    CHECK(fs::file_size(load.damagedFiles[0]) == bytes.size());
    CHECK(load.errors.at(0).message == Msg::ErrChecksumMismatch);
    SUBCASE("and the next save keeps that backup until a good snapshot exists") {
      REQUIRE_FALSE(SaveToFolder(folder.path, load.data).has_value());
      const StoreLoad again = LoadFromFolder(folder.path);
      CHECK(again.source == LoadSource::Main);
      CHECK(again.data == first);
    }
  }
  SUBCASE("a truncated latest snapshot falls back too") {
    REQUIRE_FALSE(SaveToFolder(folder.path, first).has_value());
    REQUIRE_FALSE(SaveToFolder(folder.path, second).has_value());
    const std::string bytes = SnapshotBytes(second);
    WriteFile(folder.path / kSnapshotFile, bytes.substr(0, bytes.size() - 3));
    const StoreLoad load = LoadFromFolder(folder.path);
    CHECK(load.source == LoadSource::Backup);
    CHECK(load.errors.at(0).message == Msg::ErrFileTruncated);
  }
  SUBCASE("both damaged: start empty, say so, keep both files") {
    WriteFile(folder.path / kSnapshotFile, "garbage");
    WriteFile(folder.path / kSnapshotBackupFile, "HWSNAP\x1a\n more garbage here.....");
    const StoreLoad load = LoadFromFolder(folder.path);
    CHECK(load.source == LoadSource::EmptyAfterDamage);
    CHECK(load.notice == Msg::StoreStartedEmpty);
    CHECK(load.damagedFiles.size() == 2);
    CHECK(load.data == AppData{});
    for (const auto& file : load.damagedFiles) CHECK(fs::exists(file));
  }
  SUBCASE("a save interrupted between its renames is recovered") {
    REQUIRE_FALSE(SaveToFolder(folder.path, first).has_value());
    fs::rename(folder.path / kSnapshotFile, folder.path / kSnapshotBackupFile);
    WriteFile(folder.path / kSnapshotNewFile, SnapshotBytes(second));
    const StoreLoad load = LoadFromFolder(folder.path);
    CHECK(load.source == LoadSource::InterruptedSave);
    CHECK(load.data == second);
    CHECK(fs::exists(folder.path / kSnapshotFile));
  }
  SUBCASE("a save that cannot write reports it and leaves the last snapshot alone") {
    REQUIRE_FALSE(SaveToFolder(folder.path, first).has_value());
    WriteFile(folder.path / "not-a-folder", "x");
    const auto error = SaveToFolder(folder.path / "not-a-folder", second);
    REQUIRE(error.has_value());
    CHECK(error->message == Msg::ErrSaveFailed);
    CHECK(LoadFromFolder(folder.path).data == first);
    std::ostringstream failed;
    failed.setstate(std::ios::badbit);
    CHECK_FALSE(SaveSnapshot(failed, first));
  }
  SUBCASE("a leftover unfinished new file is ignored when the main file is fine") {
    REQUIRE_FALSE(SaveToFolder(folder.path, first).has_value());
    WriteFile(folder.path / kSnapshotNewFile, "half");
    const StoreLoad load = LoadFromFolder(folder.path);
    CHECK(load.source == LoadSource::Main);
    CHECK(load.data == first);
    CHECK_FALSE(fs::exists(folder.path / kSnapshotNewFile));
  }
}

TEST_SUITE_END();
