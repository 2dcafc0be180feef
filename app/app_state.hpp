#pragma once
// The one source of truth the views draw from and change.
#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/lesson_editor_state.hpp"
#include "app/seller_state.hpp"
#include "shared/i18n.hpp"
#include "shared/model.hpp"
#include "shared/search.hpp"
#include "app/photo_textures.hpp"

namespace hw {

// Samples: every script's sample line, for the shaping comparison test (?samples).
enum class Screen { Home, Learn, Shop, MyGroup, Settings, Language, Samples,
                    // Learn (app/view_profiles.cpp, view_lesson.cpp, view_quiz.cpp, view_trainer.cpp)
                    Profiles, Lesson, Quiz, Trainer,
                    // The buyer's screens (app/view_shop.cpp, view_product.cpp,
                    // view_order_request.cpp, view_my_orders.cpp) and the catalogue import.
                    ShopProduct, ShopOrder, MyOrders, CatalogueImport,
                    // The trainer's lesson editor (app/view_lesson_editor.cpp).
                    LessonEditor };

// A file the person chose or the app fetched; it arrives on a later frame and is
// handled by HandleIncoming (app/incoming.cpp) according to its purpose.
struct IncomingFile {
  std::string purpose;  // what it was asked for: "backup.restore", "demo.group"...
  std::string name;     // file name or URL
  std::vector<std::uint8_t> bytes;
  std::string error;    // why it could not be read or fetched; empty when it was
};

// What the browser says of its storage for this app (sizes in bytes; 0 = unknown).
struct StorageInfo {
  std::uint64_t used = 0;
  std::uint64_t quota = 0;
  bool persistent = false;  // the browser promised not to clear it under pressure
};

// Where the first start's demo catalogues are (app/demo_loader.hpp).
struct DemoLoad {
  enum class Stage { Idle, Index, Packs, Done };
  Stage stage = Stage::Idle;
  std::size_t pending = 0;  // packs asked for, not arrived yet
  std::size_t added = 0;
  std::vector<Id> order;  // the groups as the index lists them
};

// The text field the person is typing into (app/text_field.hpp). The platform sets
// `text` as they type and `ended` when they close the keyboard.
struct TextEditSession {
  std::string fieldId;     // "" when no field is being edited
  std::string text;        // what the field holds now
  bool arrived = false;    // `text` changed since the field last read it
  bool ended = false;      // the keyboard was closed (Enter, Done, tapping elsewhere)
  bool drawn = false;      // the field was drawn this frame
  float x = 0, y = 0, width = 0, height = 0;  // where the keyboard was last shown
};

// The Shop's search: what the person typed, and the index it runs on.
struct ShopState {
  std::string searchText;
  SearchIndex index;
  // The catalogue (CatalogueFingerprint) as of the state's revision catalogueRevision; the
  // index, the facets and the results are redone only when it differs from theirs.
  std::uint64_t catalogue = 0;
  std::uint64_t catalogueRevision = ~std::uint64_t{0};
  std::uint64_t indexCatalogue = 0;
  Language indexLanguage = Language::Count;
  // Browsing: the filters and sort chosen, and the results of the last query (searched
  // again only when the query or the index changed, so scrolling costs no search).
  SearchQuery query;       // text is searchText; the rest are the chosen filters
  std::string minPrice, maxPrice;  // as typed, in the filter currency
  bool filtersOpen = false;
  Screen scrolledFor = Screen::Home;  // the buyer's screen whose scroll was last set
  float shopScrollY = 0;              // where the Shop's list was, for coming back to it
  std::vector<SearchHit> hits;
  std::vector<std::string> categories, countries, currencies;  // offered as filters
  std::map<Id, std::size_t> groupProducts;  // products offered per group
  bool allGroups = false;   // every group listed, not only the first few
  std::optional<std::uint64_t> facetsCatalogue;
  std::string hitsKey;     // the query and the catalogue the hits are for
  // The product page: which product, photo, variant and quantity as typed.
  Id productId;
  std::size_t photoIndex = 0;
  Id variantId;
  std::string quantityText;
  Id addedToOrder;         // the order request a line was just added to ("" = none)
  bool revealAdded = false;  // scroll so that the confirmation is seen
  // The order request being reviewed, and what happened when it was sent.
  Id orderId;
  std::string neededByText;  // as typed ("YYYY-MM-DD")
  bool triedToSend = false;  // errors are shown once the person tried to send
  Id sentOrder;              // just sent: the share buttons are offered
  // A line's quantity as typed on the order review while it is not yet a number the
  // line can take ("productId/variantId" -> text); the line keeps its last good one.
  std::map<std::string, std::string> lineQuantityText;
};

// Learn: the course open on the Learn screen, the lesson being played and the quiz
// being taken (app/view_lesson.cpp, app/view_quiz.cpp).
struct LearnState {
  Id courseId;                  // "" = the list of courses
  Id lessonId;
  std::uint32_t step = 0;       // the step shown
  bool speaking = false;        // the step is being read aloud
  bool noVoice = false;         // the device has no voice for the lesson's language
  std::uint32_t question = 0;   // the question shown
  std::vector<Answer> answers;  // the answers checked so far, one per question
  std::vector<std::uint32_t> choice;  // the answer being given (chosen options, or the order)
  bool checked = false;         // the current answer was checked: feedback is shown
  bool finished = false;        // every question answered: the score is shown
  bool scrollToTop = false;     // a new step or question: shown from its top
};

// The profiles screen: the profile being edited, a PIN being typed, a removal asked.
struct ProfilesState {
  Id editingId;           // "" = the list of profiles
  std::string pinText;    // a new PIN being typed
  bool pinInvalid = false;
  Id confirmRemoveId;     // asked "remove?", waiting for the answer
  Id unlockId;            // a profile with a PIN being switched to
  std::string unlockPin;
  bool unlockWrong = false;
  std::string photoError;  // why the chosen photo could not be used
};

struct AppState {
  AppData data;               // everything that is saved
  std::uint64_t revision = 0; // counts changes to `data`; the saver compares it
  Language language = Language::English;  // the language in use, from data.settings
  Screen screen = Screen::Home;

  bool readOnly = false;      // another tab of the app is the one saving
  std::optional<Msg> notice;  // something the person must be told (data restored...)
  std::string noticeDetail;   // the specifics of the notice (a file name, an error)
  std::vector<std::filesystem::path> damagedFiles;  // set aside at load, can be exported

  TextEditSession textEdit;
  std::vector<IncomingFile> incoming;   // files delivered by the platform, handled next frame
  std::optional<AppData> restoreCandidate;  // a backup read from a file, waiting for a yes
  StorageInfo storage;
  std::uint64_t framesDrawn = 0;  // downloads that can wait start after the first
  DemoLoad demoLoad;
  ShopState shop;
  PhotoTextures photos;  // decoded product photos on the GPU (app/photo_textures.hpp)
  bool lessonsRequested = false;              // the built-in lesson packs were asked for
  std::map<Id, int> builtInCourseRank;        // course id -> position of its pack
  LearnState learn;
  ProfilesState profiles;
  SellerState seller;                         // My group: PIN lock, page, forms
  CatalogueImportState catalogueImport;
  LessonEditorState lessonEditor;             // the trainer's lesson editor

  // Every change to `data` goes through here so that it gets saved.
  void Changed() { ++revision; }
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
// The order details of the active profile (the device's when there is no profile).
Buyer& ActiveBuyerDetails(AppState& state);

}  // namespace hw
