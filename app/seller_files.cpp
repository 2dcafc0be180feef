// Files arriving for My group and the catalogue import: photos, order requests,
// product lists and catalogue packs. Each is read by its format in shared/; what went
// wrong is told in the person's language, naming the file.
#include <algorithm>

#include "app/photo.hpp"
#include "app/seller.hpp"
#include "shared/format.hpp"
#include "shared/order_file.hpp"
#include "shared/product_csv_import.hpp"

namespace hw {
namespace {

std::string_view AsText(const IncomingFile& file) {
  return {reinterpret_cast<const char*>(file.bytes.data()), file.bytes.size()};
}

void ReceivePhoto(AppState& state, const IncomingFile& file) {
  SellerState& seller = state.seller;
  if (seller.page != SellerState::Page::Product) return;  // the editor was left meanwhile
  Result<Photo> photo = PreparePhoto(file.bytes);
  if (!photo) {
    seller.form.photoError = file.name + ": " + Describe(photo.error(), state.language);
    return;
  }
  seller.form.photoError.clear();
  seller.form.photos.push_back(std::move(photo.value()));
}

void ReceiveOrder(AppState& state, Platform& platform, const IncomingFile& file, const ArtisanGroup& group) {
  const Language lang = state.language;
  std::vector<std::string>& log = state.seller.inboxLog;
  Result<OrderFile> read = ImportOrderFile(AsText(file));
  if (!read) {
    log.push_back(file.name + ": " + Describe(read.error(), lang));
    return;
  }
  OrderRequest& order = read.value().order;
  if (order.groupId != group.id) {
    log.push_back(file.name + ": " + Fill(Tr(lang, Msg::SellerOrderOtherGroup), read.value().groupName));
    return;
  }
  const std::string buyer = order.buyer.name.empty() ? order.buyer.organisation : order.buyer.name;
  if (AddImportedOrder(state.data, std::move(order), platform.Now()) == OrderImport::Duplicate) {
    log.push_back(file.name + ": " + std::string(Tr(lang, Msg::ErrOrderDuplicate)));
    return;
  }
  state.Changed();
  log.push_back(file.name + ": " + Fill(Tr(lang, Msg::SellerOrderAdded), buyer));
}

void ReceiveProductCsv(AppState& state, Platform& platform, const IncomingFile& file, const ArtisanGroup& group) {
  SellerState& seller = state.seller;
  std::vector<Product> existing;
  std::string currency = state.data.settings.preferredCurrency;
  for (const Product& p : state.data.products)
    if (p.groupId == group.id) {
      existing.push_back(p);
      if (!p.price.currency.empty()) currency = p.price.currency;
    }
  ProductCsvOptions options;
  options.groupId = group.id;
  options.defaultCurrency = currency;
  options.defaultLanguage = std::string(Info(state.language).code);
  options.now = platform.Now();
  options.existing = existing;
  seller.csvImport = ImportProductCsv(AsText(file), options);
  seller.csvImportName = file.name;
  seller.page = SellerState::Page::CsvImport;
}

void ReceivePack(AppState& state, const IncomingFile& file) {
  CatalogueImportState& import = state.catalogueImport;
  import.pack.reset();
  import.done.clear();
  import.source = file.name;
  Result<CataloguePack> pack = ImportCataloguePack(AsText(file));
  if (!pack) {
    import.error = file.name + ": " + Describe(pack.error(), state.language);
    return;
  }
  import.error.clear();
  import.diff = DiffCatalogue(state.data, pack.value());
  import.pack = std::move(pack.value());
}

}  // namespace

bool HandleSellerFile(AppState& state, Platform& platform, const IncomingFile& file) {
  const bool seller = file.purpose == kPhotoPurpose || file.purpose == kOrdersPurpose || file.purpose == kProductCsvPurpose;
  if (!seller && file.purpose != kCataloguePackPurpose) return false;
  const Language lang = state.language;
  if (file.purpose == kCataloguePackPurpose) {
    if (!file.error.empty()) {
      state.catalogueImport.pack.reset();
      state.catalogueImport.error = file.name + ": " + std::string(Tr(lang, Msg::SellerNotReceived)) + " (" + file.error + ")";
    } else {
      ReceivePack(state, file);
    }
    return true;
  }
  // Files for My group count only while it is unlocked: a locked phone takes nothing in.
  const ArtisanGroup* group = UnlockedGroup(state);
  if (!group) return true;
  if (!file.error.empty()) {
    const std::string text = file.name + ": " + std::string(Tr(lang, Msg::SellerNotReceived)) + " (" + file.error + ")";
    if (file.purpose == kPhotoPurpose) state.seller.form.photoError = text;
    else if (file.purpose == kOrdersPurpose) state.seller.inboxLog.push_back(text);
    else state.seller.message = text;
    return true;
  }
  if (file.purpose == kPhotoPurpose) ReceivePhoto(state, file);
  else if (file.purpose == kOrdersPurpose) ReceiveOrder(state, platform, file, *group);
  else ReceiveProductCsv(state, platform, file, *group);
  return true;
}

}  // namespace hw
