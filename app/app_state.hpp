#pragma once
// The one source of truth the views draw from and change.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

#include "shared/i18n.hpp"
#include "shared/model.hpp"

namespace hw {

enum class Screen { Home, Learn, Shop, MyGroup, Settings };

struct AppState {
  AppData data;               // everything that is saved
  std::uint64_t revision = 0; // counts changes to `data`; the saver compares it
  Language language = Language::English;  // the language in use, from data.settings
  Screen screen = Screen::Home;

  bool readOnly = false;      // another tab of the app is the one saving
  std::optional<Msg> notice;  // something the person must be told (data restored...)
  std::vector<std::filesystem::path> damagedFiles;  // set aside at load, can be exported

  // Every change to `data` goes through here so that it gets saved.
  void Changed() { ++revision; }
};

// Switches the interface language and remembers it on the device.
void ChooseLanguage(AppState& state, Language language);

}  // namespace hw
