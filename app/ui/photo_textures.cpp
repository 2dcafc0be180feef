#include "app/ui/photo_textures.hpp"

#include <stb/stb_image.h>

#include <algorithm>
#include <span>
#include <vector>

#include "app/ui/theme.hpp"
#include "shared/core/hash.hpp"
#include "shared/media/photo.hpp"

namespace hw {
namespace {

TextureUploader* g_uploader = nullptr;

std::string Key(const Product& product, std::size_t index) {
  const Photo& photo = product.photos[index];
  return product.id + "/" + std::to_string(index) + "/" + std::to_string(photo.bytes.size()) + "/" +
         std::to_string(product.updatedAt);
}

// Box filter by a whole factor so the longer side is at most kMaxSide.
std::vector<std::uint8_t> ScaleDown(const std::uint8_t* pixels, int& width, int& height) {
  const int factor = std::max(1, (std::max(width, height) + PhotoTextures::kMaxSide - 1) / PhotoTextures::kMaxSide);
  const int w = std::max(1, width / factor), h = std::max(1, height / factor);
  std::vector<std::uint8_t> out(static_cast<std::size_t>(w) * h * 4);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      for (int c = 0; c < 4; ++c) {
        unsigned sum = 0;
        for (int dy = 0; dy < factor; ++dy)
          for (int dx = 0; dx < factor; ++dx)
            sum += pixels[(static_cast<std::size_t>(y * factor + dy) * width + (x * factor + dx)) * 4 + c];
        out[(static_cast<std::size_t>(y) * w + x) * 4 + c] = static_cast<std::uint8_t>(sum / (factor * factor));
      }
  width = w;
  height = h;
  return out;
}

}  // namespace

void SetTextureUploader(TextureUploader* uploader) { g_uploader = uploader; }

PhotoTextures::~PhotoTextures() {
  if (!g_uploader) return;
  for (auto& [key, texture] : textures_)
    if (texture.id && !texture.failed) g_uploader->Destroy(texture.id);
}

void PhotoTextures::BeginFrame() {
  ++frame_;
  budget_ = kDecodesPerFrame;
  if (textures_.size() <= kCapacity) return;
  // Free the ones seen longest ago, never one drawn in the last frame.
  std::vector<std::pair<std::uint64_t, std::string>> byAge;
  for (const auto& [key, texture] : textures_) byAge.emplace_back(texture.lastUsed, key);
  std::sort(byAge.begin(), byAge.end());
  for (std::size_t i = 0; textures_.size() > kCapacity && i < byAge.size() && byAge[i].first + 1 < frame_; ++i) {
    auto it = textures_.find(byAge[i].second);
    if (g_uploader && it->second.id && !it->second.failed) g_uploader->Destroy(it->second.id);
    textures_.erase(it);
  }
}

std::string PhotoKey(const Photo& photo) {
  constexpr std::size_t kSampled = 16 * 1024;
  const std::span<const std::uint8_t> bytes(photo.bytes);
  std::uint32_t crc = Crc32(bytes.first(std::min(bytes.size(), kSampled)));
  if (bytes.size() > kSampled) crc = Crc32(bytes.last(std::min(bytes.size() - kSampled, kSampled)), crc);
  return "photo/" + std::to_string(bytes.size()) + "/" + std::to_string(crc);
}

const PhotoTextures::Texture& PhotoTextures::Get(const Product& product, std::size_t index) {
  return Get(Key(product, index), product.photos[index]);
}

const PhotoTextures::Texture& PhotoTextures::Get(const std::string& key, const Photo& photo) {
  Texture& texture = textures_[key];
  texture.lastUsed = frame_;
  if (texture.id || texture.failed) return texture;
  if (budget_ <= 0) {
    waiting_ = true;
    return texture;
  }
  --budget_;
  // Never more than a pack's photo may be (they are checked at import; this guards
  // what was saved before): the header says so before anything is decoded.
  const Result<PhotoHeader> header = ReadPhotoHeader(photo.bytes);
  if (!header || header.value().width > kPackPhotoMaxSide || header.value().height > kPackPhotoMaxSide) {
    texture.failed = true;
    return texture;
  }
  int width = 0, height = 0, channels = 0;
  stbi_uc* pixels =
      stbi_load_from_memory(photo.bytes.data(), static_cast<int>(photo.bytes.size()), &width, &height, &channels, 4);
  if (!pixels) {
    texture.failed = true;
    return texture;
  }
  const std::vector<std::uint8_t> scaled = ScaleDown(pixels, width, height);
  stbi_image_free(pixels);
  ++decoded_;
  texture.width = width;
  texture.height = height;
  texture.id =
      g_uploader ? g_uploader->Create(scaled.data(), width, height) : reinterpret_cast<ImTextureID>(nextFakeId_++);
  return texture;
}

namespace {

// The box, and the photo fitted into it once its texture (asked for only when the box
// is on screen; null when there is no photo) is decoded.
template <class GetTexture>
void DrawFitted(ImVec2 size, GetTexture getTexture) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::Dummy(size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 end(pos.x + size.x, pos.y + size.y);
  draw->AddRectFilled(pos, end, colour::kPhotoWaiting, 8.0f);
  // Only photos on screen are decoded.
  if (!ImGui::IsRectVisible(pos, end)) return;
  const PhotoTextures::Texture* found = getTexture();
  if (!found) return;
  const PhotoTextures::Texture& texture = *found;
  if (!texture.id || texture.failed || texture.width <= 0 || texture.height <= 0) return;
  const float scale = std::min(size.x / static_cast<float>(texture.width), size.y / static_cast<float>(texture.height));
  const ImVec2 shown(static_cast<float>(texture.width) * scale, static_cast<float>(texture.height) * scale);
  const ImVec2 at(pos.x + (size.x - shown.x) * 0.5f, pos.y + (size.y - shown.y) * 0.5f);
  draw->AddImageRounded(texture.id, at, ImVec2(at.x + shown.x, at.y + shown.y), ImVec2(0, 0), ImVec2(1, 1),
                        IM_COL32_WHITE, 8.0f);
}

}  // namespace

void DrawPhoto(PhotoTextures& photos, const Product& product, std::size_t index, ImVec2 size) {
  DrawFitted(size, [&]() -> const PhotoTextures::Texture* {
    return index < product.photos.size() ? &photos.Get(product, index) : nullptr;
  });
}

void DrawPhoto(PhotoTextures& photos, const std::string& key, const Photo& photo, ImVec2 size) {
  DrawFitted(size, [&]() -> const PhotoTextures::Texture* { return &photos.Get(key, photo); });
}

}  // namespace hw
