#include "app/learn/certificate.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "app/learn/learn.hpp"
#include "app/learn/learn_widgets.hpp"
#include "app/ui/theme.hpp"
#include "shared/i18n/format.hpp"
#include "shared/learning/profiles.hpp"

#include <stb/stb_image_write.h>

namespace hw {
namespace {

struct Image {
  int width, height;
  std::vector<std::uint8_t> rgba;
};

struct Rgba {
  float r, g, b, a;
};

float Channel(ImU32 c, int shift) { return static_cast<float>((c >> shift) & 0xFF) / 255.0f; }

Rgba Unpack(ImU32 c) {
  return {Channel(c, IM_COL32_R_SHIFT), Channel(c, IM_COL32_G_SHIFT), Channel(c, IM_COL32_B_SHIFT),
          Channel(c, IM_COL32_A_SHIFT)};
}

// Fills the triangles of `list` into `image`: vertex colours interpolated; glyph
// quads (any texture other than ImGui's font atlas) take their coverage from the
// text engine's glyph atlas. Pixel centres are sampled; blending is "over".
void Rasterise(const ImDrawList& list, Image& image) {
  const ImTextureID imguiTexture = ImGui::GetIO().Fonts->TexID;
  text::TextEngine* engine = text::CurrentEngine();
  for (const ImDrawCmd& cmd : list.CmdBuffer) {
    if (cmd.UserCallback) continue;
    const bool glyphs = cmd.TextureId != imguiTexture && engine;
    const std::vector<std::uint8_t>* atlas = glyphs ? &engine->Atlas().Pixels() : nullptr;
    const int atlasW = glyphs ? engine->Atlas().Width() : 0;
    const int atlasH = glyphs ? engine->Atlas().Height() : 0;
    for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
      const ImDrawVert& a = list.VtxBuffer[cmd.VtxOffset + list.IdxBuffer[cmd.IdxOffset + i]];
      const ImDrawVert& b = list.VtxBuffer[cmd.VtxOffset + list.IdxBuffer[cmd.IdxOffset + i + 1]];
      const ImDrawVert& c = list.VtxBuffer[cmd.VtxOffset + list.IdxBuffer[cmd.IdxOffset + i + 2]];
      const float area = (b.pos.x - a.pos.x) * (c.pos.y - a.pos.y) - (b.pos.y - a.pos.y) * (c.pos.x - a.pos.x);
      if (std::fabs(area) < 1e-6f) continue;
      const int x0 = std::max(0, static_cast<int>(std::floor(std::min({a.pos.x, b.pos.x, c.pos.x}))));
      const int y0 = std::max(0, static_cast<int>(std::floor(std::min({a.pos.y, b.pos.y, c.pos.y}))));
      const int x1 = std::min(image.width - 1, static_cast<int>(std::ceil(std::max({a.pos.x, b.pos.x, c.pos.x}))));
      const int y1 = std::min(image.height - 1, static_cast<int>(std::ceil(std::max({a.pos.y, b.pos.y, c.pos.y}))));
      const Rgba ca = Unpack(a.col), cb = Unpack(b.col), cc = Unpack(c.col);
      for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x) {
          const float px = static_cast<float>(x) + 0.5f, py = static_cast<float>(y) + 0.5f;
          const float wa = ((b.pos.x - px) * (c.pos.y - py) - (b.pos.y - py) * (c.pos.x - px)) / area;
          const float wb = ((c.pos.x - px) * (a.pos.y - py) - (c.pos.y - py) * (a.pos.x - px)) / area;
          const float wc = 1.0f - wa - wb;
          if (wa < 0 || wb < 0 || wc < 0) continue;
          Rgba col{ca.r * wa + cb.r * wb + cc.r * wc, ca.g * wa + cb.g * wb + cc.g * wc,
                   ca.b * wa + cb.b * wb + cc.b * wc, ca.a * wa + cb.a * wb + cc.a * wc};
          if (glyphs) {
            const float u = a.uv.x * wa + b.uv.x * wb + c.uv.x * wc;
            const float v = a.uv.y * wa + b.uv.y * wb + c.uv.y * wc;
            const int tx = std::clamp(static_cast<int>(u * static_cast<float>(atlasW)), 0, atlasW - 1);
            const int ty = std::clamp(static_cast<int>(v * static_cast<float>(atlasH)), 0, atlasH - 1);
            const std::uint8_t* t = atlas->data() + (static_cast<std::size_t>(ty) * atlasW + tx) * 4;
            col.r *= t[0] / 255.0f;
            col.g *= t[1] / 255.0f;
            col.b *= t[2] / 255.0f;
            col.a *= t[3] / 255.0f;
          }
          if (col.a <= 0) continue;
          std::uint8_t* p = image.rgba.data() + (static_cast<std::size_t>(y) * image.width + x) * 4;
          const float keep = 1.0f - col.a;
          const float channels[3] = {col.r, col.g, col.b};
          for (int k = 0; k < 3; ++k)
            p[k] = static_cast<std::uint8_t>(std::lround(channels[k] * col.a * 255 + static_cast<float>(p[k]) * keep));
          p[3] = 255;
        }
    }
  }
}

void AppendBytes(void* context, void* data, int size) {
  auto* out = static_cast<std::vector<std::uint8_t>*>(context);
  const auto* bytes = static_cast<const std::uint8_t*>(data);
  out->insert(out->end(), bytes, bytes + size);
}

// Draws `text` centred on the line starting at `y`, wrapped to `width`; returns its height.
float Centred(ImDrawList& list, float y, std::string_view text, text::TextStyle style, ImU32 colour) {
  const float wrap = kCertificateWidth - 160.0f;
  const ImVec2 size = MeasureText(text, style, wrap);
  DrawText(&list, ImVec2((kCertificateWidth - size.x) / 2, y), colour, text, style, wrap);
  return size.y;
}

}  // namespace

std::vector<std::uint8_t> CertificatePng(Language language, std::string_view learnerName, std::string_view courseTitle,
                                         std::string_view date) {
  if (!ImGui::GetCurrentContext()) return {};
  const float w = kCertificateWidth, h = kCertificateHeight;
  ImDrawList list(ImGui::GetDrawListSharedData());
  list._ResetForNewFrame();
  list.PushTextureID(ImGui::GetIO().Fonts->TexID);
  list.PushClipRect(ImVec2(0, 0), ImVec2(w, h));
  list.AddRectFilled(ImVec2(0, 0), ImVec2(w, h), IM_COL32(253, 249, 240, 255));
  list.AddRect(ImVec2(20, 20), ImVec2(w - 20, h - 20), IM_COL32(191, 77, 41, 255), 16, 0, 8);
  list.AddRect(ImVec2(36, 36), ImVec2(w - 36, h - 36), IM_COL32(230, 180, 40, 255), 10, 0, 3);
  DrawLessonIcon(&list, ImVec2(w / 2 - 40, 56), 80, LessonIcon::Star);
  const ImU32 ink = IM_COL32(40, 32, 28, 255), accent = IM_COL32(150, 55, 25, 255);
  float y = 150;
  y += Centred(list, y, Tr(language, Msg::CertificateTitle), {34, text::Weight::Bold}, accent) + 14;
  y += Centred(list, y, Tr(language, Msg::CertificateGivenTo), {20, text::Weight::Regular}, ink) + 6;
  y += Centred(list, y, learnerName, {40, text::Weight::Bold}, ink) + 14;
  y += Centred(list, y, Tr(language, Msg::CertificateForCourse), {20, text::Weight::Regular}, ink) + 6;
  y += Centred(list, y, courseTitle, {28, text::Weight::Bold}, accent) + 20;
  Centred(list, y, date, {20, text::Weight::Regular}, ink);
  Centred(list, h - 90, Tr(language, Msg::AppName), {22, text::Weight::Bold}, accent);

  Image image{kCertificateWidth, kCertificateHeight,
              std::vector<std::uint8_t>(static_cast<std::size_t>(kCertificateWidth) * kCertificateHeight * 4, 255)};
  Rasterise(list, image);
  std::vector<std::uint8_t> png;
  if (!stbi_write_png_to_func(AppendBytes, &png, image.width, image.height, 4, image.rgba.data(), image.width * 4))
    return {};
  return png;
}

void DownloadCertificate(AppState& state, Platform& platform, const Course& course) {
  const Profile* profile = ActiveProfile(state.data);
  if (!profile) return;
  const Language lang = state.language;
  const Timestamp today = platform.Today();
  const std::vector<std::uint8_t> png =
      CertificatePng(lang, ProfileName(lang, *profile), course.title.Get(Info(lang).code), FormatDay(lang, today));
  if (png.empty()) return;
  platform.Download("certificate-" + course.id + "-" + FormatDate(today) + ".png", "image/png", png);
}

}  // namespace hw
