// A catalogue pack into the Shop, from a file or a link, shown with what it will do
// before anything is added.
#include <doctest/doctest.h>

#include <stb/stb_image_write.h>

#include "shared/catalogue/catalogue_pack.hpp"
#include "tests/ui/my_group/my_group_fixture.hpp"

using namespace hw;
using namespace hw::test;

namespace {

void OpenCatalogueImport(UiHarness& ui) {
  REQUIRE(ui.Tap("home.shop"));
  REQUIRE(ui.Tap("shop.import"));
  REQUIRE(ui.state.screen == Screen::CatalogueImport);
}

}  // namespace

TEST_SUITE_BEGIN("shop");

TEST_CASE("a catalogue pack file shows its group and products before anything is added") {
  UiHarness ui(360, 2400);
  ui.state.data.settings.demoLoaded = true;
  ui.Frame();
  OpenCatalogueImport(ui);
  REQUIRE(ui.Tap("catimport.file"));
  CHECK(ui.platform.chosenFiles.back() == "catalogue.pack .json,application/json");
  const std::string pack = ExportCataloguePack(SampleData(), SampleData().groups[0].id, 1'760'500'000);
  Deliver(ui, "catalogue.pack", "catalogue-sabala.json", Bytes(pack));
  CHECK(Label(ui, "catimport.group") == "Sabala Kantha Collective");
  CHECK(Label(ui, "catimport.place") == "West Bengal, IN");
  CHECK(Label(ui, "catimport.products") == "Products: 1");  // the archived scarf is not published
  CHECK(Label(ui, "catimport.groupstate") == "A group new to this phone");
  CHECK(Label(ui, "catimport.added") == "Will be added: 1");
  CHECK(ui.state.data.groups.empty());  // nothing yet

  const auto revision = ui.state.revision;
  REQUIRE(ui.Tap("catimport.apply"));
  CHECK(ui.state.revision > revision);
  REQUIRE(ui.state.data.groups.size() == 1);
  CHECK(!ui.state.data.groups[0].sellerPin.has_value());  // a pack never carries the PIN
  REQUIRE(ui.state.data.products.size() == 1);
  CHECK(ui.state.data.products[0].name.Get("en") == "Kāntha quilt");
  CHECK(Label(ui, "catimport.done") == "Sabala Kantha Collective: Products: 1");
  REQUIRE(ui.Tap("nav.back"));
  CHECK(ui.Find("shop.group." + ui.state.data.groups[0].id) != nullptr);
}

TEST_CASE("an updated pack changes the group's catalogue and leaves the orders alone") {
  UiHarness ui(360, 2400);
  LoadSample(ui);
  AppData published = SampleData();
  published.products[0].price.minor = 500000;
  Product mat = published.products[0];
  mat.id = "0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a";
  mat.sku = "MAT-1";
  mat.variants.clear();
  mat.name = {};
  mat.name.Set("en", "Grass mat");
  published.products.push_back(mat);
  const std::vector<OrderRequest> orders = ui.state.data.orders;
  OpenCatalogueImport(ui);
  Deliver(ui, "catalogue.pack", "update.json",
          Bytes(ExportCataloguePack(published, published.groups[0].id, 1'760'600'000)));
  CHECK(Label(ui, "catimport.groupstate") == "An update of a group already on this phone");
  CHECK(Label(ui, "catimport.added") == "Will be added: 1");
  CHECK(Label(ui, "catimport.changed") == "Will be changed: 1");
  REQUIRE(ui.Tap("catimport.apply"));
  CHECK(ui.state.data.orders == orders);
  CHECK(ui.state.data.FindProduct(published.products[0].id)->price.minor == 500000);
  CHECK(ui.state.data.FindProduct(mat.id) != nullptr);
  CHECK(ui.state.data.groups[0].sellerPin == SampleData().groups[0].sellerPin);  // the local PIN is kept
}

TEST_CASE("a catalogue link is fetched; what cannot be read is said and nothing is added") {
  UiHarness ui(360, 2400);
  ui.state.data.settings.demoLoaded = true;
  ui.Frame();
  OpenCatalogueImport(ui);
  REQUIRE(ui.Tap("catimport.fetch"));
  CHECK(Label(ui, "catimport.error") == "Type or paste the link first");
  REQUIRE(ui.Type("catimport.url", "https://example.org/sabala.json"));
  ui.CloseKeyboard();
  REQUIRE(ui.Tap("catimport.fetch"));
  CHECK(ui.platform.fetches.back() == "catalogue.pack https://example.org/sabala.json");
  Deliver(ui, "catalogue.pack", "https://example.org/sabala.json", {}, "HTTP 404");
  CHECK(
      Label(ui, "catimport.error").find("https://example.org/sabala.json: the file could not be received (HTTP 404)") ==
      0);
  Deliver(ui, "catalogue.pack", "https://example.org/sabala.json", Bytes("{\"lessonPack\": {}}"));
  CHECK(Label(ui, "catimport.error").find("https://example.org/sabala.json: ") == 0);
  CHECK(ui.Find("catimport.apply") == nullptr);
  CHECK(ui.state.data.groups.empty());
}

TEST_SUITE_END();

namespace {

void AppendTo(void* context, void* data, int size) {
  auto* out = static_cast<std::vector<std::uint8_t>*>(context);
  out->insert(out->end(), static_cast<std::uint8_t*>(data), static_cast<std::uint8_t*>(data) + size);
}

Photo GreyJpeg(int width, int height) {
  Photo photo;
  photo.mime = "image/jpeg";
  photo.width = static_cast<std::uint32_t>(width);
  photo.height = static_cast<std::uint32_t>(height);
  const std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width) * height * 3, 128);
  stbi_write_jpg_to_func(AppendTo, &photo.bytes, width, height, 3, pixels.data(), 80);
  return photo;
}

}  // namespace

TEST_SUITE_BEGIN("shop");

TEST_CASE("a pack's pictures the phone cannot show are listed in the preview and left out") {
  UiHarness ui(360, 2400);
  ui.state.data.settings.demoLoaded = true;
  ui.Frame();
  OpenCatalogueImport(ui);
  AppData published = SampleData();
  published.groups[0].logo = GreyJpeg(200, 200);
  Photo webp = GreyJpeg(400, 300);
  webp.mime = "image/webp";  // what a phone's other apps often save
  published.products[0].photos = {GreyJpeg(800, 600), webp, GreyJpeg(3000, 2000)};
  Deliver(ui, "catalogue.pack", "catalogue-sabala.json",
          Bytes(ExportCataloguePack(published, published.groups[0].id, 1'760'500'000)));
  CHECK(Label(ui, "catimport.photos") == "Photos left out (they cannot be shown): 2");
  CHECK(Label(ui, "catimport.photo.0") ==
        "Kāntha quilt, photo 2: This kind of picture cannot be shown: only JPEG and PNG (image/webp)");
  CHECK(Label(ui, "catimport.photo.1") ==
        "Kāntha quilt, photo 3: The picture has too many pixels for this phone: take it at a smaller size or choose "
        "another (3000 × 2000)");
  REQUIRE(ui.Tap("catimport.apply"));
  REQUIRE(ui.state.data.products.size() == 1);
  REQUIRE(ui.state.data.products[0].photos.size() == 1);  // only the one the Shop can draw
  CHECK(ui.state.data.products[0].photos[0].width == 800);
  CHECK(ui.state.data.groups[0].logo.has_value());
}

TEST_SUITE_END();
