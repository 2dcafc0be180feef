// A product list from a spreadsheet, into the group's catalogue: what it will add and
// change, the rows it skips and why, before anything is applied.
#include <imgui.h>

#include "app/my_group/my_group.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/widgets.hpp"
#include "shared/catalogue/product_csv.hpp"
#include "shared/i18n/format.hpp"

namespace hw {
void DrawProductCsvImport(AppState& state, ArtisanGroup&) {
  const Language lang = state.language;
  MyGroupState& ui = state.myGroup;
  const std::string_view code = Info(lang).code;
  if (TouchButton("nav.back", Tr(lang, Msg::Back)) || !ui.csvImport) {
    ui.csvImport.reset();
    ui.page = MyGroupState::Page::Group;
    return;
  }
  const ProductCsvImport& import = *ui.csvImport;
  Heading(Tr(lang, Msg::MyGroupImportCsv));
  Say(ui.csvImportName, "csv.file");
  const ProductCsvDiff& diff = ui.csvDiff;
  Say(LabelledNumber(lang, Msg::MyGroupWillAdd, static_cast<std::int64_t>(diff.added)), "csv.added");
  Say(LabelledNumber(lang, Msg::MyGroupWillChange, static_cast<std::int64_t>(diff.changed)), "csv.changed");
  for (std::size_t i = 0; i < import.products.size(); ++i) {
    const Product& p = import.products[i];
    const std::string mark(Tr(lang, i < diff.isNew.size() && diff.isNew[i] ? Msg::MyGroupNew : Msg::MyGroupChanged));
    Say(mark + ": " + std::string(p.name.Get(code)) + " (" + p.sku + ")", "csv.product." + std::to_string(i));
  }
  if (!import.errors.empty()) {
    Heading(Tr(lang, Msg::MyGroupRowsSkipped));
    for (std::size_t i = 0; i < import.errors.size(); ++i)
      SayError(Describe(import.errors[i], lang), "csv.error." + std::to_string(i));
  }
  for (std::size_t i = 0; i < import.warnings.size(); ++i)
    Say(Describe(import.warnings[i], lang), "csv.warning." + std::to_string(i));
  if (import.products.empty()) return;
  if (TouchButton("csv.apply", Tr(lang, Msg::MyGroupApplyImport))) {
    ApplyProductCsv(state.data, import);
    state.Changed();
    ui.message = LabelledNumber(lang, Msg::MyGroupImported, static_cast<std::int64_t>(import.products.size()));
    ui.csvImport.reset();
    ui.page = MyGroupState::Page::Group;
  }
}

}  // namespace hw
