// The product editor: what a seller types becomes a product, or is told what is wrong
// under the field, losing nothing; photos are scaled down and kept as JPEG.
#include <doctest/doctest.h>

#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO
#include <stb/stb_image_write.h>  // to make camera-sized PNGs for the tests

#include "tests/ui/my_group/my_group_fixture.hpp"

using namespace hw;
using namespace hw::test;

namespace {

void Append(void* context, void* data, int size) {
  auto* out = static_cast<std::vector<std::uint8_t>*>(context);
  out->insert(out->end(), static_cast<std::uint8_t*>(data), static_cast<std::uint8_t*>(data) + size);
}

// A camera-sized picture: a gradient, as PNG.
std::vector<std::uint8_t> BigPng(int width, int height) {
  std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width * height * 3));
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      std::uint8_t* p = &pixels[static_cast<std::size_t>((y * width + x) * 3)];
      p[0] = static_cast<std::uint8_t>(x * 255 / width);
      p[1] = static_cast<std::uint8_t>(y * 255 / height);
      p[2] = 90;
    }
  std::vector<std::uint8_t> png;
  stbi_write_png_to_func(Append, &png, width, height, 3, pixels.data(), width * 3);
  return png;
}

const Product* FindByName(const AppData& data, std::string_view name) {
  for (const Product& p : data.products)
    if (p.name.Get("en") == name) return &p;
  return nullptr;
}

}  // namespace

TEST_SUITE_BEGIN("my_group");

TEST_CASE("a seller adds a product with names in two languages, a price and a photo from the camera") {
  UiHarness ui(360, 2400);
  LoadSample(ui);
  OpenMyGroup(ui);
  REQUIRE(ui.Tap("mygroup.product.add"));
  REQUIRE(ui.Type("product.name", "Jute basket"));
  REQUIRE(ui.Tap("product.language"));  // English -> the next language, Hindi
  CHECK(Label(ui, "product.language").find("हिन्दी") != std::string::npos);
  REQUIRE(ui.Type("product.name", "जूट की टोकरी"));
  REQUIRE(ui.Type("product.category", "baskets"));
  REQUIRE(ui.Type("product.price", "12.5.0"));
  REQUIRE(ui.Type("product.minOrder", "0"));
  const auto before = ui.state.revision;
  REQUIRE(ui.Tap("product.save"));
  CHECK(ui.state.revision == before);
  CHECK(Label(ui, "product.price.error") == "The price is not a valid amount");
  CHECK(Label(ui, "product.minOrder.error") == "The minimum order must be at least 1");
  CHECK(ui.Find("product.errors") != nullptr);

  REQUIRE(ui.Type("product.price", "350"));
  REQUIRE(ui.Type("product.minOrder", "10"));
  REQUIRE(ui.Tap("product.photo.add"));
  REQUIRE(!ui.platform.chosenFiles.empty());
  CHECK(ui.platform.chosenFiles.back() == "seller.photo image/*;capture");
  Deliver(ui, "seller.photo", "IMG_0001.png", BigPng(1600, 1200));
  CHECK(Label(ui, "product.photo.0").find("1. 800 × 600") == 0);
  CHECK(ui.Find("product.price.error") == nullptr);  // what was typed is still there
  REQUIRE(ui.Tap("product.save"));
  CHECK(ui.state.revision > before);

  const Product* product = FindByName(ui.state.data, "Jute basket");
  REQUIRE(product != nullptr);
  CHECK(product->name.Get("hi") == "जूट की टोकरी");
  CHECK(product->groupId == ui.state.data.groups[0].id);
  CHECK(product->price == Money{35000, "INR"});  // the group's currency
  CHECK(product->minOrder == 10);
  CHECK(product->category == "baskets");
  REQUIRE(product->photos.size() == 1);
  const Photo& photo = product->photos[0];
  CHECK(photo.mime == "image/jpeg");
  CHECK(photo.width == 800);
  CHECK(photo.height == 600);
  REQUIRE(photo.bytes.size() > 4);
  CHECK(photo.bytes[0] == 0xFF);
  CHECK(photo.bytes[1] == 0xD8);
  CHECK(photo.bytes.size() < 200u * 1024);
  CHECK(Label(ui, "mygroup.message") == "Saved: Jute basket");
  CHECK(ui.Find("mygroup.product." + product->id) != nullptr);
}

TEST_CASE("a file that is not a picture is refused by name, and the form keeps what was typed") {
  UiHarness ui(360, 2400);
  LoadSample(ui);
  OpenMyGroup(ui);
  REQUIRE(ui.Tap("mygroup.product.add"));
  REQUIRE(ui.Type("product.name", "Clay lamp"));
  REQUIRE(ui.Tap("product.photo.add"));
  Deliver(ui, "seller.photo", "notes.txt", Bytes("not a picture at all"));
  CHECK(Label(ui, "product.photo.error").find("notes.txt: The photo is not valid") == 0);
  CHECK(ui.Find("product.photo.0") == nullptr);
  CHECK(ui.state.myGroup.form.names["en"] == "Clay lamp");
}

TEST_CASE("a product is changed, given variants, archived and offered again") {
  UiHarness ui(360, 2400);
  LoadSample(ui);
  OpenMyGroup(ui);
  const Id id = ui.state.data.products[0].id;
  REQUIRE(ui.Tap("mygroup.product." + id));
  CHECK(ui.state.myGroup.form.price == "4500.00");
  REQUIRE(ui.Type("product.price", "4800"));
  REQUIRE(ui.Tap("product.variant.add"));
  REQUIRE(ui.Type("product.variant.2.label", "Green, single"));
  REQUIRE(ui.Type("product.variant.2.price", "lots"));
  REQUIRE(ui.Tap("product.save"));
  CHECK(Label(ui, "product.variant.2.price.error") == "The price is not a valid amount");
  REQUIRE(ui.Type("product.variant.2.price", "4300"));
  REQUIRE(ui.Tap("product.availability"));  // made to order -> in stock
  REQUIRE(ui.Type("product.stock", "-3"));
  REQUIRE(ui.Tap("product.save"));
  CHECK(Label(ui, "product.stock.error") == "The stock cannot be negative");
  REQUIRE(ui.Type("product.stock", "7"));
  REQUIRE(ui.Tap("product.save"));
  const Product* product = ui.state.data.FindProduct(id);
  REQUIRE(product != nullptr);
  CHECK(product->price.minor == 480000);
  CHECK(product->availability == Availability::InStock);
  CHECK(product->stockOnHand == 7);
  REQUIRE(product->variants.size() == 3);
  CHECK(product->variants[2].label.Get("en") == "Green, single");
  CHECK(product->variants[2].priceMinor == 430000);
  CHECK(product->photos.size() == 1);  // kept

  REQUIRE(ui.Tap("mygroup.product." + id));
  REQUIRE(ui.Tap("product.archive"));
  CHECK(ui.state.data.FindProduct(id)->archived);
  CHECK(Label(ui, "mygroup.product." + id).find("Archived") != std::string::npos);
  REQUIRE(ui.Tap("mygroup.product." + id));
  REQUIRE(ui.Tap("product.archive"));
  CHECK(!ui.state.data.FindProduct(id)->archived);
}

TEST_CASE("the editor shows each photo as a thumbnail, with buttons to make it first or remove it") {
  UiHarness ui(360, 2400);
  LoadSample(ui);
  OpenMyGroup(ui);
  REQUIRE(ui.Tap("mygroup.product.add"));
  REQUIRE(ui.Type("product.name", "Jute basket"));
  REQUIRE(ui.Type("product.category", "baskets"));
  REQUIRE(ui.Type("product.price", "350"));
  ui.CloseKeyboard();
  const std::uint64_t decodedBefore = ui.state.photos.Decoded();
  REQUIRE(ui.Tap("product.photo.add"));
  Deliver(ui, "seller.photo", "IMG_0001.png", BigPng(1600, 1200));
  REQUIRE(ui.Tap("product.photo.add"));
  Deliver(ui, "seller.photo", "IMG_0002.png", BigPng(600, 800));
  ui.Frame();
  // Each photo is a thumbnail on screen, decoded through the cards' texture cache.
  const WidgetRect* first = ui.Find("product.photo.0.thumb");
  const WidgetRect* second = ui.Find("product.photo.1.thumb");
  REQUIRE(first != nullptr);
  REQUIRE(second != nullptr);
  CHECK(first->label.find("1. 800 × 600") == 0);
  CHECK(first->label.find("shown on the card") != std::string::npos);
  CHECK(second->label.find("2. 600 × 800") == 0);
  CHECK(first->width >= 96);
  CHECK(first->height >= 72);
  CHECK(second->y >= first->y + first->height);
  CHECK(ui.state.photos.Decoded() >= decodedBefore + 2);
  // Thumb-sized buttons; the first photo cannot be made first.
  CHECK(ui.Find("product.photo.0.first") == nullptr);
  for (const char* id : {"product.photo.0.remove", "product.photo.1.first", "product.photo.1.remove"}) {
    const WidgetRect* button = ui.Find(id);
    REQUIRE(button != nullptr);
    CHECK(button->width >= 48);
    CHECK(button->height >= 48);
  }
  CHECK(Label(ui, "product.photo.1.first") == "Make first");

  REQUIRE(ui.Tap("product.photo.1.first"));
  CHECK(Label(ui, "product.photo.0.thumb").find("1. 600 × 800") == 0);
  CHECK(Label(ui, "product.photo.1.thumb").find("2. 800 × 600") == 0);
  REQUIRE(ui.Tap("product.photo.1.remove"));
  CHECK(ui.Find("product.photo.1.thumb") == nullptr);
  CHECK(Label(ui, "product.photo.0.thumb") == Label(ui, "product.photo.0"));
  CHECK(Label(ui, "product.photo.0").find("1. 600 × 800") == 0);
  REQUIRE(ui.Tap("product.save"));
  const Product* product = FindByName(ui.state.data, "Jute basket");
  REQUIRE(product != nullptr);
  REQUIRE(product->photos.size() == 1);
  CHECK(product->photos[0].width == 600);
  CHECK(product->photos[0].height == 800);

  SUBCASE("in Thai the button is in Thai") {
    REQUIRE(ui.Tap("mygroup.product." + product->id));
    REQUIRE(ui.Tap("product.photo.add"));
    Deliver(ui, "seller.photo", "IMG_0003.png", BigPng(800, 600));
    ui.state.language = Language::Thai;
    ui.Frame();
    ui.Frame();
    CHECK(Label(ui, "product.photo.1.first") == "ให้เป็นรูปแรก");
  }
}

TEST_SUITE_END();
