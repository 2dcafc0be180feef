#pragma once
// What the app asks of the device it runs on. web/ implements it for the browser;
// tests implement it in memory. The app never includes Emscripten or SDL itself.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "shared/core/date.hpp"

namespace hw {

// What a text field holds, so the device offers the right keyboard.
enum class FieldKind {
  Text,
  Multiline,  // several lines; Enter starts a new line
  Number,     // whole numbers: quantities, days, stock
  Decimal,    // prices: "12.50"
  Phone,
  Email,
  Url,
  Search,
  Pin,   // four digits, hidden
  Date,  // the device's date picker; the text is "YYYY-MM-DD"
};

// A text field being edited: where it is on screen (CSS pixels), what it holds.
struct TextEditRequest {
  std::string fieldId;
  std::string label;  // read by screen readers
  std::string text;
  FieldKind kind = FieldKind::Text;
  float x = 0, y = 0, width = 0, height = 0;
  int maxLength = 0;  // 0 = no limit
  bool rightToLeft = false;
};

// What a file the app asked for (or was handed) is for: it decides who takes it when
// it arrives. One table in app/incoming.cpp names each purpose and its handler.
enum class FilePurpose : std::uint8_t {
  // Fetched by the app itself.
  Font,          // a script's font or word list, for the text engine
  Translations,  // a language's messages
  LessonPack,    // a lesson pack that came with the app
  DemoIndex,     // the list of demo catalogues
  DemoGroup,     // one demo catalogue
  // Chosen by the person.
  BackupRestore,  // a backup of the whole state (Settings)
  CataloguePack,  // a group's catalogue, from a file or a link (Shop)
  OrderReply,     // a group's answer to the buyer's order request (My orders)
  LessonImport,   // a lesson pack a trainer chose
  Avatar,         // a person's photo for their profile
  StepPhoto,      // a lesson step's photo in the lesson editor
  ProductPhoto,   // a product's photo in the product editor (My group)
  GroupOrders,    // order requests a group received (My group)
  ProductCsv,     // a group's product list from a spreadsheet (My group)
  Count
};
// The purpose's stable name ("catalogue.pack"), as the platform carries it; and back.
std::string_view PurposeName(FilePurpose purpose);
std::optional<FilePurpose> PurposeFromName(std::string_view name);

// A file the person chose or the app fetched; it arrives on a later frame in
// AppState::incoming and is handled by HandleIncoming (app/incoming.cpp).
struct IncomingFile {
  FilePurpose purpose = FilePurpose::Count;
  std::string name;  // file name or URL
  std::vector<std::uint8_t> bytes;
  std::string error;  // why it could not be read or fetched; empty when it was
};

// A file handed to the device's share sheet.
struct SharedFile {
  std::string name;
  std::string mimeType;
  std::vector<std::uint8_t> bytes;
};

class Platform {
 public:
  virtual ~Platform() = default;
  // Hands a file to the person: a download in a browser.
  virtual void Download(std::string_view fileName, std::string_view mimeType, std::span<const std::uint8_t> bytes) = 0;
  // Opens a link outside the app (WhatsApp, e-mail, a web page).
  virtual void OpenUrl(std::string_view url) = 0;
  // The folder where the app keeps its saved state.
  virtual std::filesystem::path StorageFolder() = 0;
  // Makes what was just written to StorageFolder() durable (IndexedDB in a browser).
  virtual void PersistStorage() = 0;
  // Asks the browser to keep the app's storage even when the device runs short;
  // the answer arrives in AppState::storage.
  virtual void RequestPersistentStorage() = 0;
  // Lets the person choose a file (`accept`: ".json,.csv"); it arrives on a later
  // frame in AppState::incoming with this purpose. `accept` may end with ";capture"
  // (a phone offers its camera too: "image/*;capture") and/or ";multiple" (several
  // files may be chosen; each arrives on its own).
  virtual void ChooseFile(FilePurpose purpose, std::string_view accept) = 0;
  // Fetches a URL; the bytes (or the error) arrive in AppState::incoming.
  virtual void FetchUrl(FilePurpose purpose, std::string_view url) = 0;
  // Opens the device's own keyboard over a text field (an HTML input laid over the
  // canvas in a browser, so input methods, voice typing and paste work). Asked again
  // when the field moves. What is typed arrives in AppState::textEdit.
  virtual void ShowKeyboard(const TextEditRequest& request) = 0;
  virtual void HideKeyboard() = 0;
  // Puts `text` on the system clipboard (navigator.clipboard in a browser). When the
  // browser refuses, AppState::notice becomes Msg::CopyFailed.
  virtual void CopyText(std::string_view text) = 0;
  // Offers `files` with `text` to the device's share sheet (WhatsApp, e-mail...).
  // False when the device cannot share files: the app then offers links instead.
  virtual bool Share(std::string_view title, std::string_view text, const std::vector<SharedFile>& files) {
    (void)title, (void)text, (void)files;
    return false;
  }
  // The time now, in seconds since 1970 (UTC).
  virtual Timestamp Now() = 0;
  // How far the device's clock is ahead of UTC now, in seconds (+19800 in India): asked
  // each time a day is needed, so a change of time zone (a trip) follows at once.
  virtual UtcOffset TimeZoneOffset() = 0;
  // The person's day of an instant, and today, where the device is.
  Timestamp LocalDayOf(Timestamp instant) { return LocalDay(instant, TimeZoneOffset()); }
  Timestamp Today() { return LocalDayOf(Now()); }
  // Reads `text` aloud with a voice for `languageCode` (BCP 47, "hi"); false when the
  // device has no such voice (nothing is said). A new text stops the one before.
  virtual bool Speak(std::string_view /*text*/, std::string_view /*languageCode*/) { return false; }
  virtual void StopSpeaking() {}
};

}  // namespace hw
