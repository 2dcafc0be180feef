#pragma once
// The one source of truth the views draw from and change: the saved model (AppData)
// and what each part of the app keeps between frames (its *_state.hpp).
#include <algorithm>
#include <array>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/learn/learn_state.hpp"
#include "app/learn/lesson_editor_state.hpp"
#include "app/my_group/my_group_state.hpp"
#include "app/platform.hpp"
#include "app/screen.hpp"
#include "app/shop/shop_state.hpp"
#include "app/ui/photo_textures.hpp"
#include "shared/i18n/i18n.hpp"
#include "shared/model.hpp"

namespace hw {

// What the browser says of its storage for this app (sizes in bytes; 0 = unknown).
struct StorageInfo {
  std::uint64_t used = 0;
  std::uint64_t quota = 0;
  bool persistent = false;  // the browser promised not to clear it under pressure
};

// The text field the person is typing into (app/ui/text_field.hpp). The platform sets
// `text` as they type and `ended` when they close the keyboard.
struct TextEditSession {
  std::string fieldId;                        // "" when no field is being edited
  std::string text;                           // what the field holds now
  bool arrived = false;                       // `text` changed since the field last read it
  bool ended = false;                         // the keyboard was closed (Enter, Done, tapping elsewhere)
  bool drawn = false;                         // the field was drawn this frame
  float x = 0, y = 0, width = 0, height = 0;  // where the keyboard was last shown
};

// No frame asked for: the loop waits for input or a result from the device.
inline constexpr double kNoFrame = std::numeric_limits<double>::infinity();

struct AppState {
  AppData data;                           // everything that is saved
  std::uint64_t revision = 0;             // counts changes to `data`; the saver compares it
  Language language = Language::English;  // the language in use, from data.settings
  Screen screen = Screen::Home;

  bool readOnly = false;                            // another tab of the app is the one saving
  std::optional<Msg> notice;                        // something the person must be told (data restored...)
  std::string noticeDetail;                         // the specifics of the notice (a file name, an error)
  std::vector<std::filesystem::path> damagedFiles;  // set aside at load, can be exported
  // The last save did not reach the phone's storage (full, or a storage error): why, in
  // the browser's words. Told until a save succeeds (app/persistence.hpp).
  std::optional<std::string> saveFailure;

  TextEditSession textEdit;
  std::vector<IncomingFile> incoming;       // files delivered by the platform, handled next frame
  std::optional<AppData> restoreCandidate;  // a backup read from a file, waiting for a yes
  StorageInfo storage;
  std::uint64_t framesDrawn = 0;  // downloads that can wait start after the first
  bool heldTextRead = false;      // the text under a long press was read out (app/ui/read_aloud.hpp)
  DemoLoad demoLoad;
  ShopState shop;
  PhotoTextures photos;                 // decoded product photos on the GPU (app/ui/photo_textures.hpp)
  bool lessonsRequested = false;        // the built-in lesson packs were asked for
  std::map<Id, int> builtInCourseRank;  // course id -> position of its pack
  LearnState learn;
  ProfilesState profiles;
  MyGroupState myGroup;  // My group: PIN lock, page, forms
  CatalogueImportState catalogueImport;
  LessonEditorState lessonEditor;  // the trainer's lesson editor

  // Frames are drawn only when something can change the picture (app/frame.hpp): input,
  // a file or result arriving, or what the app asks for here. `nextFrameIn` is the
  // soonest frame asked for during this frame, in seconds from now (kNoFrame: none).
  double nextFrameIn = kNoFrame;
  std::uint64_t drawnSignature = 0;  // DrawSignature of the last frame's picture

  // Every change to `data` goes through here so that it gets saved.
  void Changed() { ++revision; }
  // Asks for a frame `inSeconds` from now: 0 for the next one (an animation, work
  // left for the next frame), the time until it is due for a timer (a save, a
  // countdown).
  void RequestFrame(double inSeconds = 0) { nextFrameIn = std::min(nextFrameIn, std::max(inSeconds, 0.0)); }
};

// What the products and groups are now (CatalogueFingerprint), worked out again only
// after a change to the state.
std::uint64_t CatalogueNow(AppState& state);
// The search index over the products, rebuilt when they or the language changed.
const SearchIndex& ProductIndex(AppState& state);

// Switches the interface language and remembers it on the device, as the active
// profile's language.
void ChooseLanguage(AppState& state, Language language);

// The person whose profile is active: made on first start (named later by the person)
// so that nothing stands between them and the app.
void EnsureProfile(AppState& state);
// Makes `profileId` the active profile; the interface takes its language.
void SwitchProfile(AppState& state, const Id& profileId);
// 16 random bytes from the device (for new ids and PIN salts).
std::array<std::uint8_t, 16> RandomBytes();
// A new record's id from RandomBytes(): ids made on two phones never collide.
Id NewRandomId();
// The order details of the active profile (the device's when there is no profile).
Buyer& ActiveBuyerDetails(AppState& state);

}  // namespace hw
