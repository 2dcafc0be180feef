#pragma once
// The screens around the three parts of the app: home, the language choice, settings,
// the notices above every screen, and the shaping samples (?samples, for tests).
#include "app/app_state.hpp"
#include "app/platform.hpp"

namespace hw {

// Banners above every screen: the last save failed, another tab is saving, saved data
// had to be restored.
bool HasNotices(const AppState& state);
// Whether new storage figures change what the person sees (Settings shows them, every
// screen warns when storage is nearly full): only then are they worth a frame.
bool StorageInfoShows(const AppState& state, const StorageInfo& next);
void DrawNotices(AppState& state, Platform& platform);
void DrawHome(AppState& state);
// Every language, each named in its own script; choosing one applies it at once.
void DrawLanguageChoice(AppState& state);
// One sample line per script, drawn at a known size on white, for comparing with
// the browser's own rendering of the same fonts.
void DrawSamples(AppState& state);
// The language and how the app keeps its data on this device.
void DrawSettings(AppState& state, Platform& platform);
// Hands the person one file with everything (Settings, and the notice of a failed save).
void DownloadBackup(AppState& state, Platform& platform);

}  // namespace hw
