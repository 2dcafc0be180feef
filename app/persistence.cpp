#include "app/persistence.hpp"

#include "shared/storage/snapshot_store.hpp"

namespace hw {

void LoadSavedState(AppState& state, const std::filesystem::path& folder) {
  StoreLoad loaded = LoadFromFolder(folder);
  state.data = std::move(loaded.data);
  state.language = LanguageFromCode(state.data.settings.language).value_or(Language::English);
  if (loaded.notice) state.notice = loaded.notice;
  for (auto& file : loaded.damagedFiles) state.damagedFiles.push_back(std::move(file));
}

bool Saver::Tick(AppState& state, Platform& platform, double now, bool force) {
  if (state.revision != seenRevision_) {
    seenRevision_ = state.revision;
    dueAt_ = now + kSaveDelaySeconds;
  }
  if (state.revision == savedRevision_ || state.readOnly) return false;
  if (!force && now < dueAt_) {
    state.RequestFrame(dueAt_ - now);  // a frame when the save is due
    return false;
  }
  if (SaveToFolder(platform.StorageFolder(), state.data)) {
    state.notice = Msg::ErrSaveFailed;
    dueAt_ = now + kSaveDelaySeconds * 5;  // try again later, not every frame
    state.RequestFrame(dueAt_ - now);
    return false;
  }
  savedRevision_ = state.revision;
  platform.PersistStorage();
  return true;
}

}  // namespace hw
