// Files arriving for My group: photos, order requests and product lists. Each is read
// by its format in shared/; what went wrong is told in the person's language, naming
// the file. Files count only while the group is unlocked: a locked phone takes nothing in.
#include <algorithm>

#include "app/my_group/my_group.hpp"
#include "shared/catalogue/product_csv.hpp"
#include "shared/i18n/format.hpp"
#include "shared/media/photo.hpp"
#include "shared/orders/order_file.hpp"

namespace hw {
namespace {

std::string_view AsText(const IncomingFile& file) {
  return {reinterpret_cast<const char*>(file.bytes.data()), file.bytes.size()};
}

// "IMG_1.jpg: This file did not arrive (...)".
std::string NotReceived(Language lang, const IncomingFile& file) {
  return file.name + ": " + std::string(Tr(lang, Msg::MyGroupNotReceived)) + " (" + file.error + ")";
}

}  // namespace

void ReceiveProductPhoto(AppState& state, Platform&, const IncomingFile& file) {
  MyGroupState& ui = state.myGroup;
  if (!UnlockedGroup(state) || ui.page != MyGroupState::Page::Product) return;  // the editor was left meanwhile
  if (!file.error.empty()) {
    ui.form.photoError = NotReceived(state.language, file);
    return;
  }
  Result<Photo> photo = PreparePhoto(file.bytes);
  if (!photo) {
    ui.form.photoError = file.name + ": " + Describe(photo.error(), state.language);
    return;
  }
  ui.form.photoError.clear();
  ui.form.photos.push_back(std::move(photo.value()));
}

void ReceiveGroupOrder(AppState& state, Platform& platform, const IncomingFile& file) {
  const ArtisanGroup* group = UnlockedGroup(state);
  if (!group) return;
  const Language lang = state.language;
  std::vector<std::string>& log = state.myGroup.inboxLog;
  if (!file.error.empty()) {
    log.push_back(NotReceived(lang, file));
    return;
  }
  Result<OrderFile> read = ImportOrderFile(AsText(file));
  if (!read) {
    log.push_back(file.name + ": " + Describe(read.error(), lang));
    return;
  }
  OrderRequest& order = read.value().order;
  if (order.groupId != group->id) {
    log.push_back(file.name + ": " + Fill(Tr(lang, Msg::MyGroupOrderOtherGroup), {read.value().groupName}));
    return;
  }
  const std::string buyer = order.buyer.name.empty() ? order.buyer.organisation : order.buyer.name;
  if (AddImportedOrder(state.data, std::move(order), platform.Now()) == OrderImport::Duplicate) {
    log.push_back(file.name + ": " + std::string(Tr(lang, Msg::ErrOrderDuplicate)));
    return;
  }
  state.Changed();
  log.push_back(file.name + ": " + Fill(Tr(lang, Msg::MyGroupOrderAdded), {buyer}));
}

void ReceiveProductCsv(AppState& state, Platform& platform, const IncomingFile& file) {
  const ArtisanGroup* group = UnlockedGroup(state);
  if (!group) return;
  MyGroupState& ui = state.myGroup;
  if (!file.error.empty()) {
    ui.message = NotReceived(state.language, file);
    return;
  }
  std::vector<Product> existing;
  std::string currency = state.data.settings.preferredCurrency;
  for (const Product& p : state.data.products)
    if (p.groupId == group->id) {
      existing.push_back(p);
      if (!p.price.currency.empty()) currency = p.price.currency;
    }
  ProductCsvOptions options;
  options.groupId = group->id;
  options.defaultCurrency = currency;
  options.defaultLanguage = std::string(Info(state.language).code);
  options.now = platform.Now();
  options.existing = existing;
  ui.csvImport = ImportProductCsv(AsText(file), options);
  ui.csvDiff = DiffProductCsv(existing, *ui.csvImport);
  ui.csvImportName = file.name;
  ui.page = MyGroupState::Page::CsvImport;
}

}  // namespace hw
