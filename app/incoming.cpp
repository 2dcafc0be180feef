#include "app/incoming.hpp"

#include <span>
#include <utility>

#include "app/demo_loader.hpp"
#include "app/lessons_loader.hpp"
#include "app/shop_orders.hpp"
#include "app/seller.hpp"
#include "app/text/text_engine.hpp"
#include "app/views.hpp"
#include "shared/result.hpp"
#include "shared/snapshot.hpp"

namespace hw {
namespace {

void Tell(AppState& state, Msg message, std::string detail = {}) {
  state.notice = message;
  state.noticeDetail = std::move(detail);
}

void ReadBackup(AppState& state, const IncomingFile& file) {
  Result<AppData> loaded = LoadSnapshot(std::span<const std::uint8_t>(file.bytes));
  if (!loaded) {
    Tell(state, Msg::BackupNotRestored, file.name + ": " + Describe(loaded.error(), state.language));
    return;
  }
  state.restoreCandidate = std::move(loaded.value());  // replaced only once the person agrees
}

// Fonts and word lists of other scripts: asked for by the text engine when text first
// needs them, fetched from the site's fonts/ folder, shaped again once they arrive.
constexpr std::string_view kFontPurpose = "font";
constexpr std::string_view kFontFolder = "fonts/";

void ReceiveFont(const IncomingFile& file) {
  text::TextEngine* engine = text::CurrentEngine();
  if (!engine) return;
  const std::string_view name = std::string_view(file.name).substr(file.name.rfind('/') + 1);
  if (file.error.empty()) engine->Fonts().Add(name, file.bytes);
  else engine->Fonts().Failed(name);  // that text stays undrawn; the app goes on
}

// Other languages' texts: fetched when a screen first asks for them (shared/i18n.hpp).
constexpr std::string_view kTranslationsPurpose = "translations";
constexpr std::string_view kTranslationsFolder = "lang/";
constexpr std::string_view kTranslationsSuffix = ".msgs";

void ReceiveTranslations(AppState& state, const IncomingFile& file) {
  std::string_view code = std::string_view(file.name).substr(file.name.rfind('/') + 1);
  if (code.ends_with(kTranslationsSuffix)) code.remove_suffix(kTranslationsSuffix.size());
  const std::optional<Language> language = LanguageFromCode(code);
  const std::string_view text(reinterpret_cast<const char*>(file.bytes.data()), file.bytes.size());
  if (!file.error.empty()) Tell(state, Msg::FileNotReceived, file.name + ": " + file.error);
  else if (!language || !LoadTranslations(*language, text)) Tell(state, Msg::FileNotReceived, file.name);
  // Until it arrives, or when it cannot, the screens stay in English.
}

}  // namespace

void RequestTranslations(Platform& platform) {
  for (const Language language : TakeWantedTranslations())
    platform.FetchUrl(kTranslationsPurpose, std::string(kTranslationsFolder) + std::string(Info(language).code) +
                                                std::string(kTranslationsSuffix));
}

void RequestFonts(Platform& platform) {
  text::TextEngine* engine = text::CurrentEngine();
  if (!engine) return;
  for (const std::string& name : engine->Fonts().TakeRequests())
    platform.FetchUrl(kFontPurpose, std::string(kFontFolder) + name);
}

std::string BackupFileName(Timestamp now) { return "homeworks-backup-" + FormatDate(now) + ".snapshot"; }

void HandleIncoming(AppState& state, Platform& platform) {
  std::vector<IncomingFile> files;
  files.swap(state.incoming);
  bool demoGroupAdded = false;
  for (IncomingFile& file : files) {
    // A demo group's dozen pictures are drawn as it is added: one group a frame keeps
    // the screen moving on a slow phone; the others wait for the next frames.
    if (file.purpose == kDemoGroupPurpose && std::exchange(demoGroupAdded, true)) {
      state.incoming.push_back(std::move(file));
      continue;
    }
    if (file.purpose == kFontPurpose) {
      ReceiveFont(file);
      continue;
    }
    if (file.purpose == kTranslationsPurpose) {
      ReceiveTranslations(state, file);
      continue;
    }
    if (HandleDemoFile(state, platform, file)) continue;
    if (HandleLessonFile(state, file)) continue;
    if (HandleOrderReply(state, file)) continue;
    if (HandleSellerFile(state, platform, file)) continue;
    if (HandleLessonEditorFile(state, file)) continue;
    if (HandleProfileFile(state, file)) continue;
    if (!file.error.empty()) {
      Tell(state, Msg::FileNotReceived, file.name + ": " + file.error);
      continue;
    }
    if (file.purpose == "backup.restore") ReadBackup(state, file);
    if (file.purpose == kLessonImportPurpose) ImportLessonFile(state, file);
  }
}

}  // namespace hw
