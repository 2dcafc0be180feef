#pragma once
// What the artisan group's screens (My group) keep between frames: the page shown, the PIN lock, the forms being filled
// in. Nothing here is saved; the model in AppData is.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "shared/catalogue/product_csv.hpp"
#include "shared/model.hpp"

namespace hw {

// The product being edited: the model's fields as typed, turned into a Product on save.
struct ProductForm {
  Id productId;                                            // "" for a new product
  std::map<std::string, std::string> names, descriptions;  // language code -> text
  std::string language = "en";                             // the language whose name and description are shown
  std::string sku, category, price, currency = "USD", unit = "piece", minOrder = "1";
  bool priceOnRequest = false;
  bool inStock = false;
  std::string leadTime = "14", stock = "0";
  struct VariantRow {
    Id id;
    std::string label, sku, price, stock;
  };
  std::vector<VariantRow> variants;
  std::vector<Photo> photos;
  std::map<std::string, std::string> errors;  // field id -> message shown under it
  std::string photoError;
};

struct MyGroupState {
  enum class Page { Choose, NewGroup, SetPin, EnterPin, Group, Product, Inbox, Order, CsvImport };
  Page page = Page::Choose;
  Page drawnPage = Page::Choose;  // the page of the last frame: a new page starts at the top
  Id groupId;                     // the group chosen on this phone
  bool unlocked = false;          // the PIN was entered since the last lock
  std::string pin, pinRepeat, pinError;
  void ClearPinEntry() {  // nothing typed into a PIN field outlives its page
    pin.clear();
    pinRepeat.clear();
    pinError.clear();
  }

  ArtisanGroup newGroup;  // the group being created
  std::string newGroupPhone, newGroupEmail;
  std::map<std::string, std::string> groupErrors;

  ProductForm form;

  Id orderId;                            // the order shown on Page::Order
  std::string statusNote;                // a note for the next status change
  std::vector<std::string> inboxLog;     // what the last import of order files did
  int csvStatus = -1;                    // orders CSV: -1 = every status, else OrderStatus
  std::string csvFrom, csvTo, csvError;  // "YYYY-MM-DD", empty = no limit

  std::optional<ProductCsvImport> csvImport;  // a product list read, waiting for a yes
  ProductCsvDiff csvDiff;                     // what it would add and change
  std::string csvImportName;
  std::string message;  // what the last action did ("Catalogue published")
};

}  // namespace hw
