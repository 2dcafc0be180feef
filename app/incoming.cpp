#include "app/incoming.hpp"

#include <span>
#include <utility>

#include "app/learn/learn.hpp"
#include "app/learn/lessons_loader.hpp"
#include "app/my_group/my_group.hpp"
#include "app/shop/demo_loader.hpp"
#include "app/shop/shop.hpp"
#include "app/shop/shop_orders.hpp"
#include "app/text/text_engine.hpp"
#include "shared/core/result.hpp"
#include "shared/storage/snapshot.hpp"

namespace hw {
namespace {

void Tell(AppState& state, Msg message, std::string detail = {}) {
  state.notice = message;
  state.noticeDetail = std::move(detail);
}

void ReceiveBackup(AppState& state, Platform&, const IncomingFile& file) {
  if (!file.error.empty()) return Tell(state, Msg::FileNotReceived, file.name + ": " + file.error);
  std::size_t repaired = 0;
  Result<AppData> loaded = LoadSnapshot(std::span<const std::uint8_t>(file.bytes), &repaired);
  if (!loaded) {
    Tell(state, Msg::BackupNotRestored, file.name + ": " + Describe(loaded.error(), state.language));
    return;
  }
  if (repaired) Tell(state, Msg::TextRepaired, file.name);
  state.restoreCandidate = std::move(loaded.value());  // replaced only once the person agrees
}

void ReceiveLessonImport(AppState& state, Platform&, const IncomingFile& file) {
  if (!file.error.empty()) return Tell(state, Msg::FileNotReceived, file.name + ": " + file.error);
  ImportLessonFile(state, file);
}

// Fonts and word lists of other scripts: asked for by the text engine when text first
// needs them, fetched from the site's fonts/ folder, shaped again once they arrive.
constexpr std::string_view kFontFolder = "fonts/";

void ReceiveFont(AppState&, Platform&, const IncomingFile& file) {
  text::TextEngine* engine = text::CurrentEngine();
  if (!engine) return;
  const std::string_view name = std::string_view(file.name).substr(file.name.rfind('/') + 1);
  if (file.error.empty()) engine->Fonts().Add(name, file.bytes);
  else engine->Fonts().Failed(name);  // that text stays undrawn; the app goes on
}

// Other languages' texts: fetched when a screen first asks for them (shared/i18n/i18n.hpp).
constexpr std::string_view kTranslationsFolder = "lang/";
constexpr std::string_view kTranslationsSuffix = ".msgs";

void ReceiveTranslations(AppState& state, Platform&, const IncomingFile& file) {
  std::string_view code = std::string_view(file.name).substr(file.name.rfind('/') + 1);
  if (code.ends_with(kTranslationsSuffix)) code.remove_suffix(kTranslationsSuffix.size());
  const std::optional<Language> language = LanguageFromCode(code);
  const std::string_view text(reinterpret_cast<const char*>(file.bytes.data()), file.bytes.size());
  if (!file.error.empty()) Tell(state, Msg::FileNotReceived, file.name + ": " + file.error);
  else if (!language || !LoadTranslations(*language, text)) Tell(state, Msg::FileNotReceived, file.name);
  // Until it arrives, or when it cannot, the screens stay in English.
}

// Every purpose, its name as the platform carries it, and who takes its files.
struct Handler {
  FilePurpose purpose;
  std::string_view name;
  void (*receive)(AppState& state, Platform& platform, const IncomingFile& file);
};
constexpr Handler kHandlers[] = {
    {FilePurpose::Font, "font", ReceiveFont},
    {FilePurpose::Translations, "translations", ReceiveTranslations},
    {FilePurpose::LessonPack, "lessons.pack", ReceiveLessonPack},
    {FilePurpose::DemoIndex, "demo.index", ReceiveDemoIndex},
    {FilePurpose::DemoGroup, "demo.group", ReceiveDemoGroup},
    {FilePurpose::BackupRestore, "backup.restore", ReceiveBackup},
    {FilePurpose::CataloguePack, "catalogue.pack", ReceiveCataloguePack},
    {FilePurpose::OrderReply, "order.reply", ReceiveOrderReply},
    {FilePurpose::LessonImport, "lessons.import", ReceiveLessonImport},
    {FilePurpose::Avatar, "profile.avatar", ReceiveAvatarPhoto},
    {FilePurpose::StepPhoto, "editor.photo", ReceiveStepPhoto},
    {FilePurpose::ProductPhoto, "seller.photo", ReceiveProductPhoto},
    {FilePurpose::GroupOrders, "seller.orders", ReceiveGroupOrder},
    {FilePurpose::ProductCsv, "seller.csv", ReceiveProductCsv},
};
static_assert(std::size(kHandlers) == static_cast<std::size_t>(FilePurpose::Count));

constexpr const Handler& HandlerOf(FilePurpose purpose) {
  for (const Handler& handler : kHandlers)
    if (handler.purpose == purpose) return handler;
  return kHandlers[0];
}

}  // namespace

std::string_view PurposeName(FilePurpose purpose) {
  return purpose < FilePurpose::Count ? HandlerOf(purpose).name : std::string_view();
}

std::optional<FilePurpose> PurposeFromName(std::string_view name) {
  for (const Handler& handler : kHandlers)
    if (handler.name == name) return handler.purpose;
  return std::nullopt;
}

void RequestTranslations(Platform& platform) {
  for (const Language language : TakeWantedTranslations())
    platform.FetchUrl(FilePurpose::Translations, std::string(kTranslationsFolder) + std::string(Info(language).code) +
                                                     std::string(kTranslationsSuffix));
}

void RequestFonts(Platform& platform) {
  text::TextEngine* engine = text::CurrentEngine();
  if (!engine) return;
  for (const std::string& name : engine->Fonts().TakeRequests())
    platform.FetchUrl(FilePurpose::Font, std::string(kFontFolder) + name);
}

void HandleIncoming(AppState& state, Platform& platform) {
  std::vector<IncomingFile> files;
  files.swap(state.incoming);
  bool demoGroupAdded = false;
  for (IncomingFile& file : files) {
    if (file.purpose >= FilePurpose::Count) continue;
    // A demo group's dozen pictures are drawn as it is added: one group a frame keeps
    // the screen moving on a slow phone; the others wait for the next frames.
    if (file.purpose == FilePurpose::DemoGroup && std::exchange(demoGroupAdded, true)) {
      state.incoming.push_back(std::move(file));
      continue;
    }
    HandlerOf(file.purpose).receive(state, platform, file);
  }
}

}  // namespace hw
