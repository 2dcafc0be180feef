// My group: choosing or creating the artisan group on this phone, its PIN, and the
// group's home page. Nothing past the PIN is drawn until the PIN was entered.
#include <imgui.h>

#include <algorithm>
#include <array>
#include <random>

#include "app/seller.hpp"
#include "app/text_field.hpp"
#include "app/theme.hpp"
#include "app/views.hpp"
#include "app/widget_registry.hpp"
#include "app/widgets.hpp"
#include "shared/catalogue_pack.hpp"
#include "shared/format.hpp"
#include "shared/validation.hpp"

namespace hw {

void Say(std::string_view text, const std::string& id) {
  TextWrapped(text);
  PublishLastItem(std::string(text) + "###" + id);
}

void SayError(std::string_view text, const std::string& id) {
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(176, 0, 32, 255));
  Say(text, id);
  ImGui::PopStyleColor();
}

std::string Fill(std::string_view pattern, std::string_view value) {
  std::string out(pattern);
  if (const auto at = out.find("{n}"); at != std::string::npos) out.replace(at, 3, value);
  return out;
}

ArtisanGroup* UnlockedGroup(AppState& state) {
  if (!state.seller.unlocked) return nullptr;
  for (ArtisanGroup& group : state.data.groups)
    if (group.id == state.seller.groupId) return &group;
  return nullptr;
}

void LockMyGroup(AppState& state) {
  SellerState& seller = state.seller;
  seller.unlocked = false;
  seller.ClearPinEntry();
  seller.form = {};
  seller.csvImport.reset();
  seller.message.clear();
  seller.page = seller.groupId.empty() ? SellerState::Page::Choose : SellerState::Page::EnterPin;
}

namespace {

template <std::size_t N>
std::array<std::uint8_t, N> RandomBytes() {
  std::random_device device;  // crypto.getRandomValues in a browser
  std::array<std::uint8_t, N> bytes{};
  for (auto& b : bytes) b = static_cast<std::uint8_t>(device() & 0xFF);
  return bytes;
}

bool IsFourDigits(std::string_view pin) {
  return pin.size() == 4 && std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

ArtisanGroup* ChosenGroup(AppState& state) {
  for (ArtisanGroup& group : state.data.groups)
    if (group.id == state.seller.groupId) return &group;
  return nullptr;
}

// "30 seconds" / "2 minutes", in the person's language.
std::string WaitText(Language lang, Timestamp seconds) {
  if (seconds <= 90) return Fill(Tr(lang, Msg::SellerSeconds), FormatNumber(lang, seconds));
  return Fill(Tr(lang, Msg::SellerMinutes), FormatNumber(lang, (seconds + 59) / 60));
}

void DrawChoose(AppState& state) {
  const Language lang = state.language;
  SellerState& seller = state.seller;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) state.screen = Screen::Home;
  Heading(Tr(lang, Msg::HomeMyGroup));
  Say(Tr(lang, Msg::SellerChooseHint), "mygroup.choose.hint");
  if (TouchButton("mygroup.new", Tr(lang, Msg::SellerNewGroup))) {
    seller.newGroup = {};
    seller.newGroupPhone.clear();
    seller.newGroupEmail.clear();
    seller.groupErrors.clear();
    seller.page = SellerState::Page::NewGroup;
  }
  ImGui::Spacing();
  for (const ArtisanGroup& group : state.data.groups) {
    ImGui::PushID(group.id.c_str());
    ImGui::Separator();
    const std::string hint(Tr(lang, group.sellerPin ? Msg::SellerHasPin : Msg::SellerNoPinYet));
    const std::string id = "mygroup.group." + group.id;
    if (EntryCard(id.c_str(), group.name, hint)) {
      seller.groupId = group.id;
      seller.ClearPinEntry();
      seller.page = group.sellerPin ? SellerState::Page::EnterPin : SellerState::Page::SetPin;
    }
    ImGui::PopID();
  }
}

void DrawNewGroup(AppState& state, Platform& platform) {
  const Language lang = state.language;
  SellerState& seller = state.seller;
  ArtisanGroup& group = seller.newGroup;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) seller.page = SellerState::Page::Choose;
  Heading(Tr(lang, Msg::SellerNewGroup));
  auto error = [&](const char* field) -> std::string_view {
    auto it = seller.groupErrors.find(field);
    return it == seller.groupErrors.end() ? std::string_view{} : std::string_view(it->second);
  };
  TextField(state, platform, "group.name", Tr(lang, Msg::SellerGroupName), group.name, {.error = error("group.name")});
  TextField(state, platform, "group.country", Tr(lang, Msg::SellerCountry), group.country,
            {.hint = "IN, NP, BD, TH, PH...", .error = error("group.country"), .maxLength = 2});
  TextField(state, platform, "group.region", Tr(lang, Msg::SellerRegion), group.region, {.error = error("group.region")});
  TextField(state, platform, "group.phone", Tr(lang, Msg::SellerPhone), seller.newGroupPhone,
            {.kind = FieldKind::Phone, .error = error("group.phone")});
  TextField(state, platform, "group.email", Tr(lang, Msg::SellerEmail), seller.newGroupEmail,
            {.kind = FieldKind::Email, .error = error("group.email")});
  if (TouchButton("group.create", Tr(lang, Msg::SellerCreateGroup))) {
    group.id = NewId(RandomBytes<16>());
    for (char& c : group.country) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    group.contacts.phone = seller.newGroupPhone;
    group.contacts.email = seller.newGroupEmail;
    group.languages = {std::string(Info(lang).code)};
    group.updatedAt = platform.Now();
    seller.groupErrors.clear();
    for (const ValidationError& e : Validate(group)) {
      std::string field = "group." + e.field;
      if (e.field.rfind("contacts", 0) == 0) field = e.field == "contacts.email" ? "group.email" : "group.phone";
      seller.groupErrors.emplace(field, std::string(Tr(lang, e.message)));
    }
    if (seller.groupErrors.empty()) {
      state.data.groups.push_back(group);
      state.Changed();
      seller.groupId = group.id;
      seller.ClearPinEntry();
      seller.page = SellerState::Page::SetPin;
    }
  }
}

void DrawSetPin(AppState& state, Platform& platform, ArtisanGroup& group) {
  const Language lang = state.language;
  SellerState& seller = state.seller;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) seller.page = SellerState::Page::Choose;
  Heading(group.name);
  Say(Tr(lang, Msg::SellerSetPinHint), "mygroup.setpin.hint");
  TextField(state, platform, "mygroup.pin.new", Tr(lang, Msg::SellerNewPin), seller.pin, {.kind = FieldKind::Pin});
  TextField(state, platform, "mygroup.pin.repeat", Tr(lang, Msg::SellerRepeatPin), seller.pinRepeat,
            {.kind = FieldKind::Pin});
  if (!seller.pinError.empty()) SayError(seller.pinError, "mygroup.pin.error");
  if (TouchButton("mygroup.pin.save", Tr(lang, Msg::SellerSavePin))) {
    if (!IsFourDigits(seller.pin)) {
      seller.pinError = Tr(lang, Msg::SellerPinFourDigits);
    } else if (seller.pin != seller.pinRepeat) {
      seller.pinError = Tr(lang, Msg::SellerPinsDiffer);
    } else {
      group.sellerPin = MakePinHash(seller.pin, RandomBytes<16>());
      state.Changed();
      seller.ClearPinEntry();
      seller.unlocked = true;
      seller.page = SellerState::Page::Group;
    }
  }
}

void DrawEnterPin(AppState& state, Platform& platform, ArtisanGroup& group) {
  const Language lang = state.language;
  SellerState& seller = state.seller;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) seller.page = SellerState::Page::Choose;
  Heading(group.name);
  const Timestamp now = platform.Now();
  TextField(state, platform, "mygroup.pin", Tr(lang, Msg::SellerEnterPin), seller.pin, {.kind = FieldKind::Pin});
  // The wrong PINs are saved with the PIN, so a reload does not end the wait.
  const Timestamp retryAt = group.sellerPin ? PinRetryAt(*group.sellerPin) : 0;
  const bool waiting = now < retryAt;
  if (waiting) {
    SayError(Fill(Tr(lang, Msg::SellerPinWait), WaitText(lang, std::min(retryAt - now, kLongestPinWait))),
             "mygroup.pin.error");
  } else if (!seller.pinError.empty()) {
    SayError(seller.pinError, "mygroup.pin.error");
  }
  if (TouchButton("mygroup.pin.open", Tr(lang, Msg::SellerOpen)) && !waiting && group.sellerPin) {
    if (VerifyPin(*group.sellerPin, seller.pin)) {
      if (group.sellerPin->wrongInARow > 0) {
        RecordRightPin(*group.sellerPin);
        state.Changed();
      }
      seller.pin.clear();
      seller.pinError.clear();
      seller.unlocked = true;
      seller.page = SellerState::Page::Group;
      return;
    }
    seller.pin.clear();
    RecordWrongPin(*group.sellerPin, now);
    state.Changed();
    seller.pinError = Tr(lang, Msg::SellerWrongPin);
  }
}

}  // namespace

void DrawGroupHome(AppState& state, Platform& platform, ArtisanGroup& group) {
  const Language lang = state.language;
  SellerState& seller = state.seller;
  const std::string_view code = Info(lang).code;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) {
    LockMyGroup(state);  // leaving My group on a shared phone locks it
    state.screen = Screen::Home;
    return;
  }
  ImGui::SameLine();
  if (TouchButton("mygroup.lock", Tr(lang, Msg::SellerLock))) {
    LockMyGroup(state);
    return;
  }
  Heading(group.name);
  Say(group.region.empty() ? group.country : group.region + ", " + group.country, "mygroup.place");
  if (!seller.message.empty()) Say(seller.message, "mygroup.message");

  std::size_t newOrders = 0;
  for (const OrderRequest& order : state.data.orders)
    newOrders += order.groupId == group.id && order.Status() == OrderStatus::Received ? 1 : 0;
  const std::string inboxHint = Fill(Tr(lang, Msg::SellerNewOrders), FormatNumber(lang, static_cast<std::int64_t>(newOrders)));
  if (EntryCard("mygroup.inbox", Tr(lang, Msg::SellerInbox), inboxHint)) {
    seller.inboxLog.clear();
    seller.page = SellerState::Page::Inbox;
  }
  if (TouchButton("mygroup.product.add", Tr(lang, Msg::SellerAddProduct))) StartNewProduct(state, group);
  if (TouchButton("mygroup.publish", Tr(lang, Msg::SellerPublish))) {
    const std::string pack = ExportCataloguePack(state.data, group.id, platform.Now());
    const std::string name = "catalogue-" + group.id.substr(0, 8) + "-" + FormatDate(platform.Now()) + ".json";
    platform.Download(name, "application/json",
                      std::span(reinterpret_cast<const std::uint8_t*>(pack.data()), pack.size()));
    seller.message = std::string(Tr(lang, Msg::SellerPublished)) + " " + name;
  }
  if (TouchButton("mygroup.csv", Tr(lang, Msg::SellerImportCsv))) {
    seller.message.clear();
    platform.ChooseFile(kProductCsvPurpose, ".csv,text/csv");
  }

  ImGui::Spacing();
  Heading(Tr(lang, Msg::SellerProducts));
  bool any = false;
  for (int archived = 0; archived < 2; ++archived) {
    for (const Product& product : state.data.products) {
      if (product.groupId != group.id || product.archived != (archived == 1)) continue;
      any = true;
      ImGui::PushID(product.id.c_str());
      ImGui::Separator();
      // A card, so that long names wrap on a narrow phone.
      std::string title(product.name.Get(code));
      if (product.archived) title += " · " + std::string(Tr(lang, Msg::SellerArchived));
      std::string hint = product.priceOnRequest ? std::string(Tr(lang, Msg::SellerPriceOnRequest)) : FormatMoney(lang, product.price);
      hint += " · " + std::string(Tr(lang, Msg::SellerMinOrder)) + ": " + FormatNumber(lang, product.minOrder);
      const std::string id = "mygroup.product." + product.id;
      if (EntryCard(id.c_str(), title, hint)) StartEditProduct(state, product);
      ImGui::PopID();
    }
  }
  if (!any) Say(Tr(lang, Msg::SellerNoProducts), "mygroup.products.none");
}

void DrawMyGroup(AppState& state, Platform& platform) {
  SellerState& seller = state.seller;
  using Page = SellerState::Page;
  ArtisanGroup* chosen = ChosenGroup(state);
  if (!chosen && seller.page != Page::NewGroup) seller.page = Page::Choose;
  // The lock: pages past the PIN are reachable only once it was entered.
  const bool behindPin = seller.page != Page::Choose && seller.page != Page::NewGroup &&
                         seller.page != Page::SetPin && seller.page != Page::EnterPin;
  if (behindPin && !seller.unlocked) seller.page = chosen && chosen->sellerPin ? Page::EnterPin : Page::Choose;
  if (seller.page == Page::SetPin && chosen && chosen->sellerPin && !seller.unlocked) seller.page = Page::EnterPin;
  if (seller.page == Page::EnterPin && chosen && !chosen->sellerPin) seller.page = Page::SetPin;
  switch (seller.page) {
    case Page::Choose: DrawChoose(state); break;
    case Page::NewGroup: DrawNewGroup(state, platform); break;
    case Page::SetPin: DrawSetPin(state, platform, *chosen); break;
    case Page::EnterPin: DrawEnterPin(state, platform, *chosen); break;
    case Page::Group: DrawGroupHome(state, platform, *chosen); break;
    case Page::Product: DrawProductEditor(state, platform, *chosen); break;
    case Page::Inbox: DrawInbox(state, platform, *chosen); break;
    case Page::Order: DrawOrder(state, platform, *chosen); break;
    case Page::CsvImport: DrawProductCsvImport(state, *chosen); break;
  }
  // A page opened this frame is drawn from its top on the next one.
  if (seller.page != seller.drawnPage) {
    ImGui::SetScrollY(0);
    seller.drawnPage = seller.page;
  }
}

}  // namespace hw
