#pragma once
// Product photos on screen: each JPEG/PNG is decoded (stb_image) on first sight,
// scaled down and handed to the GPU through the uploader web/main.cpp installs; the
// texture is kept while it is drawn and freed when the cache is full and it has not
// been seen for a while. A few photos are decoded per frame so scrolling stays smooth.
// Without an uploader (headless ui tests) the photo is still decoded, and its texture
// id is a stand-in.
#include <imgui.h>

#include <cstdint>
#include <map>
#include <string>
#include <utility>

#include "shared/model.hpp"

namespace hw {

// Made by the platform's main loop: puts RGBA pixels on the GPU, and frees them.
class TextureUploader {
 public:
  virtual ~TextureUploader() = default;
  virtual ImTextureID Create(const std::uint8_t* rgba, int width, int height) = 0;
  virtual void Destroy(ImTextureID texture) = 0;
};
void SetTextureUploader(TextureUploader* uploader);

class PhotoTextures {
 public:
  static constexpr int kMaxSide = 512;          // pixels kept of the longer side
  static constexpr std::size_t kCapacity = 64;  // textures kept at most
  static constexpr int kDecodesPerFrame = 3;

  struct Texture {
    ImTextureID id = nullptr;  // null while waiting to be decoded
    int width = 0, height = 0;
    bool failed = false;  // not a picture stb_image can read
    std::uint64_t lastUsed = 0;
  };

  PhotoTextures() = default;
  PhotoTextures(const PhotoTextures&) = delete;
  PhotoTextures& operator=(const PhotoTextures&) = delete;
  ~PhotoTextures();

  // Starts a frame: resets the decode budget and frees what is over capacity.
  void BeginFrame();
  // The texture of `photo` of product `productId` (photo number `index`); decoded now
  // when the frame's budget allows, else on a later frame.
  const Texture& Get(const Product& product, std::size_t index);
  // The texture of a photo that is in no saved product yet (the product editor's),
  // known by `key`, which changes when the photo does (PhotoKey).
  const Texture& Get(const std::string& key, const Photo& photo);
  std::size_t Size() const { return textures_.size(); }
  // True once after a frame in which a photo waited for a later frame's decodes.
  bool TakeWaiting() { return std::exchange(waiting_, false); }
  std::uint64_t Decoded() const { return decoded_; }

 private:
  std::map<std::string, Texture> textures_;
  std::uint64_t frame_ = 0;
  int budget_ = kDecodesPerFrame;
  bool waiting_ = false;
  std::uint64_t decoded_ = 0;
  std::intptr_t nextFakeId_ = 1000;
};

// Draws the photo fitted into a box of `size` at the cursor (a tinted box while it is
// decoded, a plain one when there is no photo) and moves the cursor past the box.
void DrawPhoto(PhotoTextures& photos, const Product& product, std::size_t index, ImVec2 size);
void DrawPhoto(PhotoTextures& photos, const std::string& key, const Photo& photo, ImVec2 size);

// A name for a photo's texture that changes when its bytes do: their size and a
// CRC-32 of their start and end (enough to tell two photos apart, cheap each frame).
std::string PhotoKey(const Photo& photo);

}  // namespace hw
