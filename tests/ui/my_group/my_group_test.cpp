// My group on a shared phone: the group's PIN guards everything past it.
#include <doctest/doctest.h>

#include <filesystem>
#include <random>

#include "app/persistence.hpp"
#include "tests/ui/my_group/my_group_fixture.hpp"

using namespace hw;
using namespace hw::test;

TEST_SUITE_BEGIN("my_group");

TEST_CASE("My group asks for the group's PIN and refuses a wrong one") {
  UiHarness ui(360, 2400);  // tall enough to see the product list
  LoadSample(ui);
  OpenMyGroup(ui, "1111");
  CHECK(Label(ui, "mygroup.pin.error") == "This PIN is not right");
  CHECK(ui.Find("mygroup.product.add") == nullptr);
  CHECK(ui.Find("mygroup.inbox") == nullptr);
  REQUIRE(ui.Type("mygroup.pin", kSamplePin));
  REQUIRE(ui.Tap("mygroup.pin.open"));
  CHECK(ui.Find("mygroup.pin") == nullptr);
  CHECK(ui.Find("mygroup.product.add") != nullptr);
  CHECK(ui.Find("mygroup.product." + ui.state.data.products[0].id) != nullptr);
  CHECK(Label(ui, "mygroup.product." + ui.state.data.products[0].id).find("Kāntha quilt") == 0);
}

TEST_CASE("after three wrong PINs the person waits, longer each time, and is told how long") {
  UiHarness ui;
  LoadSample(ui);
  OpenMyGroup(ui, "0000");
  for (int i = 0; i < 2; ++i) {
    REQUIRE(ui.Type("mygroup.pin", "0000"));
    REQUIRE(ui.Tap("mygroup.pin.open"));
  }
  CHECK(Label(ui, "mygroup.pin.error") == "Too many wrong PINs. Try again in 30 seconds.");
  // Even the right PIN waits.
  REQUIRE(ui.Type("mygroup.pin", kSamplePin));
  REQUIRE(ui.Tap("mygroup.pin.open"));
  CHECK(ui.Find("mygroup.product.add") == nullptr);
  ui.platform.now += 20;
  ui.Frame();
  CHECK(Label(ui, "mygroup.pin.error") == "Too many wrong PINs. Try again in 10 seconds.");
  CHECK(ui.state.nextFrameIn <= 1.0);  // the countdown asks for its next frame
  ui.platform.now += 11;
  REQUIRE(ui.Type("mygroup.pin", "9999"));
  REQUIRE(ui.Tap("mygroup.pin.open"));
  CHECK(Label(ui, "mygroup.pin.error") == "Too many wrong PINs. Try again in 60 seconds.");
  ui.platform.now += 61;
  REQUIRE(ui.Type("mygroup.pin", "9999"));
  REQUIRE(ui.Tap("mygroup.pin.open"));
  CHECK(Label(ui, "mygroup.pin.error") == "Too many wrong PINs. Try again in 2 minutes.");

  SUBCASE("in the person's language") {
    ui.state.language = Language::Indonesian;
    ui.Frame();
    ui.Frame();
    const std::string text = Label(ui, "mygroup.pin.error");
    CHECK(text.find("2") != std::string::npos);
    CHECK(text.find("Too many") == std::string::npos);
  }
  SUBCASE("the right PIN opens once the wait is over") {
    ui.platform.now += 121;
    REQUIRE(ui.Type("mygroup.pin", kSamplePin));
    REQUIRE(ui.Tap("mygroup.pin.open"));
    CHECK(ui.Find("mygroup.product.add") != nullptr);
  }
}

TEST_CASE("a new group is set up with its details and a PIN kept only as a salted hash") {
  UiHarness ui;
  LoadSample(ui);
  REQUIRE(ui.Tap("home.mygroup"));
  REQUIRE(ui.Tap("mygroup.new"));
  REQUIRE(ui.Type("group.country", "Nepal"));
  REQUIRE(ui.Tap("group.create"));
  CHECK(Label(ui, "group.name.error") == "A name is needed");
  CHECK(Label(ui, "group.country.error") == "The country code is not valid");
  CHECK(Label(ui, "group.phone.error") == "A phone number or e-mail is needed");
  CHECK(ui.state.data.groups.size() == 1);

  REQUIRE(ui.Type("group.name", "Bhaktapur Potters"));
  REQUIRE(ui.Type("group.country", "np"));
  REQUIRE(ui.Type("group.region", "Bhaktapur"));
  REQUIRE(ui.Type("group.phone", "+977 1 000 000"));
  REQUIRE(ui.Tap("group.create"));
  REQUIRE(ui.state.data.groups.size() == 2);
  const ArtisanGroup& group = ui.state.data.groups[1];
  CHECK(group.name == "Bhaktapur Potters");
  CHECK(group.country == "NP");
  CHECK(IsValidId(group.id));

  REQUIRE(ui.Type("mygroup.pin.new", "1357"));
  REQUIRE(ui.Type("mygroup.pin.repeat", "1375"));
  REQUIRE(ui.Tap("mygroup.pin.save"));
  CHECK(Label(ui, "mygroup.pin.error") == "The two PINs are not the same");
  REQUIRE(ui.Type("mygroup.pin.new", "13a7"));
  REQUIRE(ui.Tap("mygroup.pin.save"));
  CHECK(Label(ui, "mygroup.pin.error") == "The PIN must be exactly 4 digits");
  REQUIRE(ui.Type("mygroup.pin.new", "1357"));
  REQUIRE(ui.Type("mygroup.pin.repeat", "1357"));
  const auto revision = ui.state.revision;
  REQUIRE(ui.Tap("mygroup.pin.save"));
  CHECK(ui.state.revision > revision);
  REQUIRE(ui.state.data.groups[1].sellerPin.has_value());
  const PinHash& pin = *ui.state.data.groups[1].sellerPin;
  CHECK(VerifyPin(pin, "1357"));
  CHECK(!VerifyPin(pin, "1375"));
  CHECK(pin.hashHex.find("1357") == std::string::npos);
  CHECK(ui.Find("mygroup.products.none") != nullptr);  // the new group's home: no products yet
  CHECK(Label(ui, "mygroup.place") == "Bhaktapur, NP");
}

TEST_CASE("Lock, and leaving My group, return to the PIN: nothing past it is reachable") {
  UiHarness ui;
  LoadSample(ui);
  OpenMyGroup(ui);
  REQUIRE(ui.Tap("mygroup.inbox"));
  CHECK(ui.Find("inbox.import") != nullptr);
  REQUIRE(ui.Tap("nav.back"));
  REQUIRE(ui.Tap("mygroup.lock"));
  CHECK(ui.Find("mygroup.pin") != nullptr);
  CHECK(ui.Find("mygroup.inbox") == nullptr);
  // Whatever page was last open, a locked group shows its PIN screen.
  ui.state.myGroup.page = MyGroupState::Page::Inbox;
  ui.Frame();
  ui.Frame();
  CHECK(ui.Find("inbox.import") == nullptr);
  CHECK(ui.Find("mygroup.pin") != nullptr);

  REQUIRE(ui.Type("mygroup.pin", kSamplePin));
  REQUIRE(ui.Tap("mygroup.pin.open"));
  REQUIRE(ui.Tap("nav.back"));
  CHECK(ui.state.screen == Screen::Home);
  REQUIRE(ui.Tap("home.mygroup"));
  CHECK(ui.Find("mygroup.pin") != nullptr);
  CHECK(ui.Find("mygroup.product.add") == nullptr);
}

TEST_CASE("the wait after three wrong PINs is still there when the app is closed and opened again") {
  const std::filesystem::path folder =
      std::filesystem::temp_directory_path() / ("homeworks-ui-pin-" + std::to_string(std::random_device{}()));
  std::filesystem::create_directories(folder);
  {
    UiHarness ui;
    ui.platform.folder = folder;
    LoadSample(ui);
    OpenMyGroup(ui, "0000");
    for (int i = 0; i < 2; ++i) {
      REQUIRE(ui.Type("mygroup.pin", "0000"));
      REQUIRE(ui.Tap("mygroup.pin.open"));
    }
    CHECK(Label(ui, "mygroup.pin.error") == "Too many wrong PINs. Try again in 30 seconds.");
    Saver saver;
    CHECK(saver.Tick(ui.state, ui.platform, 0.0, true));
  }
  UiHarness restarted;
  restarted.platform.folder = folder;
  restarted.platform.now += 10;
  LoadSavedState(restarted.state, folder);
  restarted.Frame();
  REQUIRE(restarted.Tap("home.mygroup"));
  REQUIRE(restarted.Tap("mygroup.group." + restarted.state.data.groups[0].id));
  // The sample phone's profile reads Bengali, which the restart brings back.
  REQUIRE(restarted.state.language == Language::Bengali);
  CHECK(Label(restarted, "mygroup.pin.error") == "অনেকবার ভুল PIN দেওয়া হয়েছে। ২০ সেকেন্ড পরে আবার চেষ্টা করুন।");
  // Even the right PIN waits.
  REQUIRE(restarted.Type("mygroup.pin", kSamplePin));
  REQUIRE(restarted.Tap("mygroup.pin.open"));
  CHECK(restarted.Find("mygroup.product.add") == nullptr);
  SUBCASE("once the wait is over the right PIN opens, and the count starts again") {
    restarted.platform.now += 21;
    REQUIRE(restarted.Type("mygroup.pin", kSamplePin));
    REQUIRE(restarted.Tap("mygroup.pin.open"));
    CHECK(restarted.Find("mygroup.product.add") != nullptr);
    CHECK(restarted.state.data.groups[0].sellerPin->wrongInARow == 0);
  }
  SUBCASE("one more wrong PIN after the wait doubles it") {
    restarted.platform.now += 21;
    REQUIRE(restarted.Type("mygroup.pin", "1111"));
    REQUIRE(restarted.Tap("mygroup.pin.open"));
    CHECK(Label(restarted, "mygroup.pin.error") == "অনেকবার ভুল PIN দেওয়া হয়েছে। ৬০ সেকেন্ড পরে আবার চেষ্টা করুন।");
  }
  std::filesystem::remove_all(folder);
}

TEST_SUITE_END();
