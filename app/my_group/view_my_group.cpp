// My group: choosing or creating the artisan group on this phone, its PIN, and the
// group's home page. Nothing past the PIN is drawn until the PIN was entered.
#include <imgui.h>

#include <algorithm>
#include <array>
#include <random>

#include "app/my_group/my_group.hpp"
#include "app/ui/text_field.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/widget_registry.hpp"
#include "app/ui/widgets.hpp"
#include "shared/catalogue/catalogue_pack.hpp"
#include "shared/core/validation.hpp"
#include "shared/i18n/format.hpp"

namespace hw {

ArtisanGroup* UnlockedGroup(AppState& state) {
  if (!state.myGroup.unlocked) return nullptr;
  for (ArtisanGroup& group : state.data.groups)
    if (group.id == state.myGroup.groupId) return &group;
  return nullptr;
}

void LockMyGroup(AppState& state) {
  MyGroupState& ui = state.myGroup;
  ui.unlocked = false;
  ui.ClearPinEntry();
  ui.form = {};
  ui.csvImport.reset();
  ui.message.clear();
  ui.page = ui.groupId.empty() ? MyGroupState::Page::Choose : MyGroupState::Page::EnterPin;
}

namespace {

ArtisanGroup* ChosenGroup(AppState& state) {
  for (ArtisanGroup& group : state.data.groups)
    if (group.id == state.myGroup.groupId) return &group;
  return nullptr;
}

// "30 seconds" / "2 minutes", in the person's language.
std::string WaitText(Language lang, Timestamp seconds) {
  if (seconds <= 90) return Fill(Tr(lang, Msg::MyGroupSeconds), {FormatNumber(lang, seconds)});
  return Fill(Tr(lang, Msg::MyGroupMinutes), {FormatNumber(lang, (seconds + 59) / 60)});
}

void DrawChoose(AppState& state) {
  const Language lang = state.language;
  MyGroupState& ui = state.myGroup;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) state.screen = Screen::Home;
  Heading(Tr(lang, Msg::HomeMyGroup));
  Say(Tr(lang, Msg::MyGroupChooseHint), "mygroup.choose.hint");
  if (TouchButton("mygroup.new", Tr(lang, Msg::MyGroupNewGroup))) {
    ui.newGroup = {};
    ui.newGroupPhone.clear();
    ui.newGroupEmail.clear();
    ui.groupErrors.clear();
    ui.page = MyGroupState::Page::NewGroup;
  }
  ImGui::Spacing();
  for (const ArtisanGroup& group : state.data.groups) {
    ImGui::PushID(group.id.c_str());
    ImGui::Separator();
    const std::string hint(Tr(lang, group.sellerPin ? Msg::MyGroupHasPin : Msg::MyGroupNoPinYet));
    const std::string id = "mygroup.group." + group.id;
    if (EntryCard(id.c_str(), group.name, hint)) {
      ui.groupId = group.id;
      ui.ClearPinEntry();
      ui.page = group.sellerPin ? MyGroupState::Page::EnterPin : MyGroupState::Page::SetPin;
    }
    ImGui::PopID();
  }
}

void DrawNewGroup(AppState& state, Platform& platform) {
  const Language lang = state.language;
  MyGroupState& ui = state.myGroup;
  ArtisanGroup& group = ui.newGroup;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) ui.page = MyGroupState::Page::Choose;
  Heading(Tr(lang, Msg::MyGroupNewGroup));
  auto error = [&](const char* field) -> std::string_view {
    auto it = ui.groupErrors.find(field);
    return it == ui.groupErrors.end() ? std::string_view{} : std::string_view(it->second);
  };
  TextField(state, platform, "group.name", Tr(lang, Msg::MyGroupGroupName), group.name, {.error = error("group.name")});
  TextField(state, platform, "group.country", Tr(lang, Msg::MyGroupCountry), group.country,
            {.hint = "IN, NP, BD, TH, PH...", .error = error("group.country"), .maxLength = 2});
  TextField(state, platform, "group.region", Tr(lang, Msg::MyGroupRegion), group.region,
            {.error = error("group.region")});
  TextField(state, platform, "group.phone", Tr(lang, Msg::MyGroupPhone), ui.newGroupPhone,
            {.kind = FieldKind::Phone, .error = error("group.phone")});
  TextField(state, platform, "group.email", Tr(lang, Msg::MyGroupEmail), ui.newGroupEmail,
            {.kind = FieldKind::Email, .error = error("group.email")});
  if (TouchButton("group.create", Tr(lang, Msg::MyGroupCreateGroup))) {
    group.id = NewRandomId();
    for (char& c : group.country) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    group.contacts.phone = ui.newGroupPhone;
    group.contacts.email = ui.newGroupEmail;
    group.languages = {std::string(Info(lang).code)};
    group.updatedAt = platform.Now();
    ui.groupErrors.clear();
    for (const ValidationError& e : Validate(group)) {
      std::string field = "group." + e.field;
      if (e.field.rfind("contacts", 0) == 0) field = e.field == "contacts.email" ? "group.email" : "group.phone";
      ui.groupErrors.emplace(field, std::string(Tr(lang, e.message)));
    }
    if (ui.groupErrors.empty()) {
      state.data.groups.push_back(group);
      state.Changed();
      ui.groupId = group.id;
      ui.ClearPinEntry();
      ui.page = MyGroupState::Page::SetPin;
    }
  }
}

void DrawSetPin(AppState& state, Platform& platform, ArtisanGroup& group) {
  const Language lang = state.language;
  MyGroupState& ui = state.myGroup;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) ui.page = MyGroupState::Page::Choose;
  Heading(group.name);
  Say(Tr(lang, Msg::MyGroupSetPinHint), "mygroup.setpin.hint");
  TextField(state, platform, "mygroup.pin.new", Tr(lang, Msg::MyGroupNewPin), ui.pin, {.kind = FieldKind::Pin});
  TextField(state, platform, "mygroup.pin.repeat", Tr(lang, Msg::MyGroupRepeatPin), ui.pinRepeat,
            {.kind = FieldKind::Pin});
  if (!ui.pinError.empty()) SayError(ui.pinError, "mygroup.pin.error");
  if (TouchButton("mygroup.pin.save", Tr(lang, Msg::MyGroupSavePin))) {
    if (!IsPinShaped(ui.pin)) {
      ui.pinError = Tr(lang, Msg::MyGroupPinFourDigits);
    } else if (ui.pin != ui.pinRepeat) {
      ui.pinError = Tr(lang, Msg::MyGroupPinsDiffer);
    } else {
      group.sellerPin = MakePinHash(ui.pin, RandomBytes());
      state.Changed();
      ui.ClearPinEntry();
      ui.unlocked = true;
      ui.page = MyGroupState::Page::Group;
    }
  }
}

void DrawEnterPin(AppState& state, Platform& platform, ArtisanGroup& group) {
  const Language lang = state.language;
  MyGroupState& ui = state.myGroup;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) ui.page = MyGroupState::Page::Choose;
  Heading(group.name);
  const Timestamp now = platform.Now();
  TextField(state, platform, "mygroup.pin", Tr(lang, Msg::MyGroupEnterPin), ui.pin, {.kind = FieldKind::Pin});
  // The wrong PINs are saved with the PIN, so a reload does not end the wait.
  const Timestamp retryAt = group.sellerPin ? PinRetryAt(*group.sellerPin) : 0;
  const bool waiting = now < retryAt;
  if (waiting) {
    state.RequestFrame(1.0);  // the countdown goes on
    SayError(Fill(Tr(lang, Msg::MyGroupPinWait), {WaitText(lang, std::min(retryAt - now, kLongestPinWait))}),
             "mygroup.pin.error");
  } else if (!ui.pinError.empty()) {
    SayError(ui.pinError, "mygroup.pin.error");
  }
  if (TouchButton("mygroup.pin.open", Tr(lang, Msg::MyGroupOpen)) && !waiting && group.sellerPin) {
    if (VerifyPin(*group.sellerPin, ui.pin)) {
      if (group.sellerPin->wrongInARow > 0) {
        RecordRightPin(*group.sellerPin);
        state.Changed();
      }
      ui.pin.clear();
      ui.pinError.clear();
      ui.unlocked = true;
      ui.page = MyGroupState::Page::Group;
      return;
    }
    ui.pin.clear();
    RecordWrongPin(*group.sellerPin, now);
    state.Changed();
    ui.pinError = Tr(lang, Msg::MyGroupWrongPin);
  }
}

}  // namespace

void DrawGroupHome(AppState& state, Platform& platform, ArtisanGroup& group) {
  const Language lang = state.language;
  MyGroupState& ui = state.myGroup;
  const std::string_view code = Info(lang).code;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) {
    LockMyGroup(state);  // leaving My group on a shared phone locks it
    state.screen = Screen::Home;
    return;
  }
  ImGui::SameLine();
  if (TouchButton("mygroup.lock", Tr(lang, Msg::MyGroupLock))) {
    LockMyGroup(state);
    return;
  }
  Heading(group.name);
  Say(group.region.empty() ? group.country : group.region + ", " + group.country, "mygroup.place");
  if (!ui.message.empty()) Say(ui.message, "mygroup.message");

  std::size_t newOrders = 0;
  for (const OrderRequest& order : state.data.orders)
    newOrders += order.groupId == group.id && order.Status() == OrderStatus::Received ? 1 : 0;
  const std::string inboxHint =
      Fill(Tr(lang, Msg::MyGroupNewOrders), {FormatNumber(lang, static_cast<std::int64_t>(newOrders))});
  if (EntryCard("mygroup.inbox", Tr(lang, Msg::MyGroupInbox), inboxHint)) {
    ui.inboxLog.clear();
    ui.page = MyGroupState::Page::Inbox;
  }
  if (TouchButton("mygroup.product.add", Tr(lang, Msg::MyGroupAddProduct))) StartNewProduct(state, group);
  if (TouchButton("mygroup.publish", Tr(lang, Msg::MyGroupPublish))) {
    const std::string pack = ExportCataloguePack(state.data, group.id, platform.Now());
    const std::string name = "catalogue-" + group.id.substr(0, 8) + "-" + FormatDate(platform.Today()) + ".json";
    platform.Download(name, "application/json",
                      std::span(reinterpret_cast<const std::uint8_t*>(pack.data()), pack.size()));
    ui.message = std::string(Tr(lang, Msg::MyGroupPublished)) + " " + name;
  }
  if (TouchButton("mygroup.csv", Tr(lang, Msg::MyGroupImportCsv))) {
    ui.message.clear();
    platform.ChooseFile(FilePurpose::ProductCsv, ".csv,text/csv");
  }

  ImGui::Spacing();
  Heading(Tr(lang, Msg::MyGroupProducts));
  bool any = false;
  for (int archived = 0; archived < 2; ++archived) {
    for (const Product& product : state.data.products) {
      if (product.groupId != group.id || product.archived != (archived == 1)) continue;
      any = true;
      ImGui::PushID(product.id.c_str());
      ImGui::Separator();
      // A card, so that long names wrap on a narrow phone.
      std::string title(product.name.Get(code));
      if (product.archived) title += " · " + std::string(Tr(lang, Msg::MyGroupArchived));
      std::string hint =
          product.priceOnRequest ? std::string(Tr(lang, Msg::MyGroupPriceOnRequest)) : FormatMoney(lang, product.price);
      hint += " · " + LabelledNumber(lang, Msg::MyGroupMinOrder, product.minOrder);
      const std::string id = "mygroup.product." + product.id;
      if (EntryCard(id.c_str(), title, hint)) StartEditProduct(state, product);
      ImGui::PopID();
    }
  }
  if (!any) Say(Tr(lang, Msg::MyGroupNoProducts), "mygroup.products.none");
}

void DrawMyGroup(AppState& state, Platform& platform) {
  MyGroupState& ui = state.myGroup;
  using Page = MyGroupState::Page;
  ArtisanGroup* chosen = ChosenGroup(state);
  if (!chosen && ui.page != Page::NewGroup) ui.page = Page::Choose;
  // The lock: pages past the PIN are reachable only once it was entered.
  const bool behindPin =
      ui.page != Page::Choose && ui.page != Page::NewGroup && ui.page != Page::SetPin && ui.page != Page::EnterPin;
  if (behindPin && !ui.unlocked) ui.page = chosen && chosen->sellerPin ? Page::EnterPin : Page::Choose;
  if (ui.page == Page::SetPin && chosen && chosen->sellerPin && !ui.unlocked) ui.page = Page::EnterPin;
  if (ui.page == Page::EnterPin && chosen && !chosen->sellerPin) ui.page = Page::SetPin;
  switch (ui.page) {
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
  if (ui.page != ui.drawnPage) {
    ImGui::SetScrollY(0);
    ui.drawnPage = ui.page;
  }
}

}  // namespace hw
