// The buyer adds a group's catalogue pack from a file or a link, after seeing what it
// will add, change and archive on this phone. Nobody's orders are touched.
#include <imgui.h>

#include <algorithm>

#include "app/shop/shop.hpp"
#include "app/ui/text_field.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/widget_registry.hpp"
#include "app/ui/widgets.hpp"
#include "shared/i18n/format.hpp"

namespace hw {
void DrawCatalogueImport(AppState& state, Platform& platform) {
  const Language lang = state.language;
  CatalogueImportState& import = state.catalogueImport;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) {
    import = {};
    state.screen = Screen::Shop;
    return;
  }
  Heading(Tr(lang, Msg::CatImportTitle));
  Say(Tr(lang, Msg::CatImportHint), "catimport.hint");
  if (TouchButton("catimport.file", Tr(lang, Msg::CatImportFile))) {
    import.done.clear();
    platform.ChooseFile(FilePurpose::CataloguePack, ".json,application/json");
  }
  TextField(state, platform, "catimport.url", Tr(lang, Msg::CatImportUrl), import.url,
            {.kind = FieldKind::Url, .hint = "https://"});
  if (TouchButton("catimport.fetch", Tr(lang, Msg::CatImportFetch))) {
    import.done.clear();
    if (import.url.empty()) import.error = Tr(lang, Msg::CatImportUrlMissing);
    else platform.FetchUrl(FilePurpose::CataloguePack, import.url);
  }
  if (!import.error.empty()) SayError(import.error, "catimport.error");
  if (!import.done.empty()) Say(import.done, "catimport.done");
  if (!import.pack) return;

  const CataloguePack& pack = *import.pack;
  const CatalogueDiff& diff = import.diff;
  ImGui::Separator();
  SayHeading(pack.group.name, "catimport.group");
  Say(pack.group.region.empty() ? pack.group.country : pack.group.region + ", " + pack.group.country,
      "catimport.place");
  Say(LabelledNumber(lang, Msg::MyGroupProducts, static_cast<std::int64_t>(pack.products.size())),
      "catimport.products");
  Say(Tr(lang, diff.newGroup ? Msg::CatImportNewGroup : Msg::CatImportKnownGroup), "catimport.groupstate");
  Say(LabelledNumber(lang, Msg::MyGroupWillAdd, static_cast<std::int64_t>(diff.added.size())), "catimport.added");
  Say(LabelledNumber(lang, Msg::MyGroupWillChange, static_cast<std::int64_t>(diff.changed.size())),
      "catimport.changed");
  if (!diff.removed.empty())
    Say(LabelledNumber(lang, Msg::CatImportWillArchive, static_cast<std::int64_t>(diff.removed.size())),
        "catimport.removed");
  if (!diff.conflicts.empty())
    SayError(LabelledNumber(lang, Msg::CatImportConflicts, static_cast<std::int64_t>(diff.conflicts.size())),
             "catimport.conflicts");
  if (!pack.photosLeftOut.empty()) {
    SayError(LabelledNumber(lang, Msg::CatImportPhotosLeftOut, static_cast<std::int64_t>(pack.photosLeftOut.size())),
             "catimport.photos");
    // Each one by its product's name (or the group's, for its logo) and its number.
    constexpr std::size_t kShown = 5;
    for (std::size_t i = 0; i < std::min(pack.photosLeftOut.size(), kShown); ++i) {
      const Error& problem = pack.photosLeftOut[i];
      std::string owner = pack.group.name;
      for (const Product& p : pack.products)
        if (p.id == problem.field) owner = std::string(p.name.Get(Info(lang).code));
      Error message = problem;
      message.field.clear();
      message.line = 0;
      SayError(
          owner + ", " +
              Fill(Tr(lang, Msg::CatImportPhotoNumber), {FormatNumber(lang, static_cast<std::int64_t>(problem.line))}) +
              ": " + Describe(message, lang),
          "catimport.photo." + std::to_string(i));
    }
  }
  if (diff.Empty()) {
    Say(Tr(lang, Msg::CatImportNothingNew), "catimport.same");
    return;
  }
  if (TouchButton("catimport.apply", Tr(lang, Msg::CatImportApply))) {
    ApplyCatalogue(state.data, pack);
    state.Changed();
    import.done = pack.group.name + ": " +
                  LabelledNumber(lang, Msg::MyGroupProducts, static_cast<std::int64_t>(pack.products.size()));
    import.pack.reset();
  }
  if (TouchButton("catimport.cancel", Tr(lang, Msg::CatImportCancel))) import.pack.reset();
}

void ReceiveCataloguePack(AppState& state, Platform&, const IncomingFile& file) {
  CatalogueImportState& import = state.catalogueImport;
  import.pack.reset();
  import.done.clear();
  import.source = file.name;
  if (!file.error.empty()) {
    import.error =
        file.name + ": " + std::string(Tr(state.language, Msg::MyGroupNotReceived)) + " (" + file.error + ")";
    return;
  }
  Result<CataloguePack> pack =
      ImportCataloguePack(std::string_view(reinterpret_cast<const char*>(file.bytes.data()), file.bytes.size()));
  if (!pack) {
    import.error = file.name + ": " + Describe(pack.error(), state.language);
    return;
  }
  import.error.clear();
  import.diff = DiffCatalogue(state.data, pack.value());
  import.pack = std::move(pack.value());
}

}  // namespace hw
