#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "app/persistence.hpp"
#include "shared/storage/snapshot_store.hpp"
#include "tests/ui/ui_harness.hpp"

namespace fs = std::filesystem;
using hw::test::UiHarness;

namespace {

struct TempFolder {
  fs::path path;
  TempFolder() {
    path = fs::temp_directory_path() / ("homeworks-ui-" + std::to_string(std::random_device{}()));
    fs::create_directories(path);
  }
  ~TempFolder() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

std::string ReadAll(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST_SUITE_BEGIN("app");

TEST_CASE("a change is saved a moment after it is made, once, and not from a read-only tab") {
  TempFolder folder;
  UiHarness ui;
  ui.platform.folder = folder.path;
  hw::Saver saver;
  saver.MarkSaved(ui.state);

  hw::ChooseLanguage(ui.state, hw::Language::Thai);
  CHECK_FALSE(saver.Tick(ui.state, ui.platform, 10.0));
  CHECK_FALSE(saver.Tick(ui.state, ui.platform, 10.5));
  CHECK_FALSE(fs::exists(folder.path / hw::kSnapshotFile));
  CHECK(saver.Tick(ui.state, ui.platform, 11.1));
  CHECK(fs::exists(folder.path / hw::kSnapshotFile));
  CHECK(ui.platform.persisted == 1);
  CHECK_FALSE(saver.Tick(ui.state, ui.platform, 20.0));
  CHECK(ui.platform.persisted == 1);

  SUBCASE("forced when the page is hidden") {
    hw::ChooseLanguage(ui.state, hw::Language::Hindi);
    CHECK(saver.Tick(ui.state, ui.platform, 20.1, true));
  }
  SUBCASE("never from a tab that is not the writer") {
    ui.state.readOnly = true;
    hw::ChooseLanguage(ui.state, hw::Language::Hindi);
    CHECK_FALSE(saver.Tick(ui.state, ui.platform, 30.0, true));
    CHECK(saver.HasUnsavedChanges(ui.state));
  }
}

TEST_CASE("the chosen language comes back after a restart") {
  TempFolder folder;
  {
    UiHarness ui;
    ui.platform.folder = folder.path;
    hw::Saver saver;
    REQUIRE(ui.Tap("home.settings"));
    REQUIRE(ui.Tap("settings.lang.id"));
    CHECK(ui.state.language == hw::Language::Indonesian);
    CHECK(saver.Tick(ui.state, ui.platform, 0.0, true));
  }
  UiHarness restarted;
  hw::LoadSavedState(restarted.state, folder.path);
  restarted.Frame();
  restarted.Frame();
  CHECK(restarted.state.language == hw::Language::Indonesian);
  CHECK(restarted.Find("Belajar") != nullptr);
  CHECK_FALSE(restarted.state.notice.has_value());
}

TEST_CASE("a damaged snapshot gives way to the backup, with a notice and the damaged file to export") {
  TempFolder folder;
  UiHarness ui;
  ui.platform.folder = folder.path;
  hw::Saver saver;
  hw::ChooseLanguage(ui.state, hw::Language::Indonesian);
  REQUIRE(saver.Tick(ui.state, ui.platform, 0.0, true));
  hw::ChooseLanguage(ui.state, hw::Language::Filipino);
  REQUIRE(saver.Tick(ui.state, ui.platform, 1.0, true));
  REQUIRE(fs::exists(folder.path / hw::kSnapshotBackupFile));

  std::string damaged = ReadAll(folder.path / hw::kSnapshotFile);
  damaged[damaged.size() / 2] = static_cast<char>(damaged[damaged.size() / 2] ^ 0x5a);
  std::ofstream(folder.path / hw::kSnapshotFile, std::ios::binary | std::ios::trunc) << damaged;

  UiHarness restarted;
  restarted.platform.folder = folder.path;
  hw::LoadSavedState(restarted.state, folder.path);
  restarted.Frame();
  restarted.Frame();
  CHECK(restarted.state.language == hw::Language::Indonesian);  // from the backup
  REQUIRE(restarted.state.notice == hw::Msg::StoreRestoredFromBackup);
  REQUIRE(restarted.Tap("notice.export"));
  REQUIRE(restarted.platform.downloads.size() == 1);
  CHECK(restarted.platform.downloads[0].bytes == std::vector<std::uint8_t>(damaged.begin(), damaged.end()));
  REQUIRE(restarted.Tap("notice.dismiss"));
  CHECK_FALSE(restarted.state.notice.has_value());
  CHECK(restarted.Find("notice.export") == nullptr);
}

TEST_SUITE_END();
