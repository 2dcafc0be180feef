#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "app/persistence.hpp"
#include "shared/storage/snapshot_store.hpp"
#include "tests/ui/ui_harness.hpp"

namespace fs = std::filesystem;
using hw::test::TempFolder;
using hw::test::UiHarness;

namespace {

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

TEST_CASE("a save that cannot be written is told at once, offers a backup, keeps what was saved, and is tried again") {
  TempFolder folder;
  UiHarness ui;
  ui.platform.folder = folder.path;
  hw::Saver saver;
  hw::ChooseLanguage(ui.state, hw::Language::Thai);
  REQUIRE(saver.Tick(ui.state, ui.platform, 0.0, true));
  const std::string saved = ReadAll(folder.path / hw::kSnapshotFile);

  // The storage refuses every write (as a full phone does): here a file where its folder should be.
  std::ofstream(folder.path / "full") << "x";
  ui.platform.folder = folder.path / "full" / "data";
  hw::ChooseLanguage(ui.state, hw::Language::English);
  CHECK_FALSE(saver.Tick(ui.state, ui.platform, 10.0, true));
  REQUIRE(ui.state.saveFailure);
  ui.Frame();
  const auto* notice = ui.Find("notice.savefailed");
  REQUIRE(notice);
  CHECK(notice->label.find("Your data could not be saved") != std::string::npos);
  CHECK(notice->label.find("save a backup now") != std::string::npos);
  // It has no "OK": it stays until a save succeeds.
  CHECK_FALSE(ui.Find("notice.dismiss"));
  ui.Frame();
  CHECK(ui.Find("notice.savefailed"));

  // The backup it offers holds the change that could not be saved.
  REQUIRE(ui.Tap("notice.savefailed.backup"));
  REQUIRE(ui.platform.downloads.size() == 1);
  CHECK(ui.platform.downloads[0].name.starts_with("homeworks-backup-"));
  hw::StoreLoad fromBackup;
  {
    TempFolder restored;
    std::ofstream(restored.path / hw::kSnapshotFile, std::ios::binary)
        .write(reinterpret_cast<const char*>(ui.platform.downloads[0].bytes.data()),
               static_cast<std::streamsize>(ui.platform.downloads[0].bytes.size()));
    fromBackup = hw::LoadFromFolder(restored.path);
  }
  CHECK(fromBackup.data.settings.language == "en");

  // What was saved before is untouched.
  CHECK(ReadAll(folder.path / hw::kSnapshotFile) == saved);
  // Not tried again on every frame...
  CHECK_FALSE(saver.Tick(ui.state, ui.platform, 11.0));
  CHECK(ui.state.saveFailure);
  // ...but a little later; once space is back, the save goes through and the notice goes.
  ui.platform.folder = folder.path;
  CHECK(saver.Tick(ui.state, ui.platform, 10.0 + hw::kRetrySeconds + 0.1));
  CHECK_FALSE(ui.state.saveFailure);
  CHECK(ui.state.notice == hw::Msg::SavedAgain);
  ui.Frame();
  CHECK_FALSE(ui.Find("notice.savefailed"));
  CHECK(hw::LoadFromFolder(folder.path).data.settings.language == "en");
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
