#pragma once
// Keeps the AppState saved through the snapshot store (shared/storage/snapshot_store.hpp):
// a save happens a moment after the last change (so typing does not write on every
// key), at once when the platform asks (the page is being hidden), and never from a
// tab that is not the writer.
#include <cstdint>
#include <filesystem>

#include "app/app_state.hpp"
#include "app/platform.hpp"

namespace hw {

inline constexpr double kSaveDelaySeconds = 1.0;
inline constexpr double kRetrySeconds = 15.0;

// Replaces the state's data by what is saved in `folder`, telling the person when a
// damaged snapshot had to be set aside.
void LoadSavedState(AppState& state, const std::filesystem::path& folder);

class Saver {
 public:
  // Call once a frame with the time in seconds; `force` saves pending changes now.
  // While a save waits, it asks for a frame when it is due (AppState::RequestFrame).
  // Returns true when a snapshot was written (and handed to the platform to persist).
  bool Tick(AppState& state, Platform& platform, double now, bool force = false);
  // After the data was reloaded from storage, nothing in it is unsaved.
  void MarkSaved(const AppState& state) { savedRevision_ = seenRevision_ = state.revision; }
  // After LoadSavedState: nothing is unsaved, unless a damaged snapshot was set aside;
  // then what was loaded in its place is saved, so the next start finds it whole.
  void Loaded(AppState& state) {
    MarkSaved(state);
    if (!state.damagedFiles.empty()) state.Changed();
  }
  bool HasUnsavedChanges(const AppState& state) const { return state.revision != savedRevision_; }

 private:
  std::uint64_t savedRevision_ = 0;
  std::uint64_t seenRevision_ = 0;
  double dueAt_ = 0;
  bool writeFailed_ = false;  // the last write to StorageFolder() failed
};

// Whether a save reached the phone's storage: the saver says so for its own writes, the
// platform for what it does after PersistStorage() (IndexedDB in a browser, which
// fails when the phone is full). A failure is told at once (AppState::saveFailure) and
// stays until a save succeeds; the state saved before is untouched meanwhile, and the
// save is tried again (every kRetrySeconds, and by the platform when space may be back).
void ReportSaveFailure(AppState& state, std::string why);
void ReportSaveSuccess(AppState& state);

}  // namespace hw
