// A profile's photo as its avatar: taken with the camera or chosen from the files,
// kept small, shown round wherever the person's avatar is.
#include <doctest/doctest.h>

#include <stb/stb_image.h>  // implemented in shared/media/stb_image.cpp
#include <stb/stb_image_write.h>

#include <string>
#include <vector>

#include "shared/media/photo.hpp"
#include "tests/ui/my_group/my_group_fixture.hpp"
#include "tests/ui/ui_harness.hpp"

using namespace hw;
using hw::test::Deliver;
using hw::test::Label;
using hw::test::UiHarness;

namespace {

void AppendBytes(void* context, void* data, int size) {
  auto* out = static_cast<std::vector<std::uint8_t>*>(context);
  out->insert(out->end(), static_cast<std::uint8_t*>(data), static_cast<std::uint8_t*>(data) + size);
}

// A camera picture in landscape: red on the left and right thirds, blue in the middle.
std::vector<std::uint8_t> LandscapePng(int width, int height) {
  std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width * height * 3));
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      std::uint8_t* p = &pixels[static_cast<std::size_t>((y * width + x) * 3)];
      const bool middle = x >= width / 3 && x < width * 2 / 3;
      p[0] = middle ? 0 : 220;
      p[1] = 20;
      p[2] = middle ? 220 : 0;
    }
  std::vector<std::uint8_t> png;
  stbi_write_png_to_func(AppendBytes, &png, width, height, 3, pixels.data(), width * 3);
  return png;
}

void OpenOwnProfile(UiHarness& ui) {
  ui.state.data.settings.demoLoaded = true;
  ui.Frame();
  REQUIRE(ui.Tap("home.profile"));
  REQUIRE(ui.Tap("profiles.edit"));
}

}  // namespace

TEST_SUITE_BEGIN("learn");

TEST_CASE("a person takes a photo for their profile: kept as a small square JPEG of its middle, shown on home") {
  UiHarness ui;
  OpenOwnProfile(ui);
  const std::uint64_t before = ui.state.revision;
  REQUIRE(ui.Tap("profile.avatar.photo"));
  REQUIRE(ui.platform.chosenFiles.back() == "profile.avatar image/*;capture");
  Deliver(ui, "profile.avatar", "IMG_0007.png", LandscapePng(1800, 900));
  const Profile& profile = ui.state.data.profiles[0];
  REQUIRE(profile.avatar.has_value());
  CHECK(ui.state.revision > before);  // saved like every change
  CHECK(profile.avatar->mime == "image/jpeg");
  CHECK(profile.avatar->width == 160);
  CHECK(profile.avatar->height == 160);
  CHECK(profile.avatar->bytes.size() < 16 * 1024);
  // The middle of the picture (blue), not its red sides.
  int w = 0, h = 0, n = 0;
  stbi_uc* pixels = stbi_load_from_memory(profile.avatar->bytes.data(), static_cast<int>(profile.avatar->bytes.size()),
                                          &w, &h, &n, 3);
  REQUIRE(pixels != nullptr);
  const auto at = [&](int x) {
    return pixels + (static_cast<std::size_t>(h / 2) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)) * 3;
  };
  CHECK(at(w / 2)[2] > 180);
  CHECK(at(w / 2)[0] < 60);
  // Cropped, not squeezed: the blue third of the picture is two thirds of the square.
  CHECK(at(40)[2] > 180);
  CHECK(at(4)[0] > 180);
  stbi_image_free(pixels);
  CHECK(Label(ui, "profile.avatar.photo.shown") == "160 × 160");

  // Choosing a drawing again puts the photo away.
  REQUIRE(ui.Tap("profile.avatar.2"));
  CHECK_FALSE(ui.state.data.profiles[0].avatar.has_value());
  CHECK(ui.state.data.profiles[0].avatarShape == 2);
}

TEST_CASE("a file that is not a picture is refused for the profile photo with a clear message") {
  UiHarness ui;
  OpenOwnProfile(ui);
  REQUIRE(ui.Tap("profile.avatar.photo"));
  Deliver(ui, "profile.avatar", "list.txt", hw::test::Bytes("eggs, thread"));
  CHECK(Label(ui, "profile.avatar.photo.error").starts_with("list.txt: The photo is not valid"));
  CHECK_FALSE(ui.state.data.profiles[0].avatar.has_value());
}

TEST_CASE("the profile photo is what the home screen's profile button shows") {
  UiHarness ui;
  ui.state.data.settings.demoLoaded = true;
  ui.Frame();
  ui.Frame();
  REQUIRE(ui.Find("home.profile") != nullptr);
  CHECK(ui.state.photos.Decoded() == 0);  // a drawn avatar: no photo to decode

  UiHarness withPhoto;
  withPhoto.state.data.settings.demoLoaded = true;
  withPhoto.Frame();
  auto avatar = PrepareAvatar(LandscapePng(640, 480));
  REQUIRE(avatar);
  withPhoto.state.data.profiles[0].avatar = avatar.value();
  withPhoto.Frame();
  withPhoto.Frame();
  REQUIRE(withPhoto.state.screen == Screen::Home);
  CHECK(withPhoto.state.photos.Decoded() == 1);
  CHECK(withPhoto.state.photos.Size() == 1);
}

TEST_SUITE_END();
