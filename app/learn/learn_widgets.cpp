#include "app/learn/learn_widgets.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "app/ui/theme.hpp"
#include "app/ui/widget_registry.hpp"
#include "app/ui/widgets.hpp"

namespace hw {
namespace {

constexpr float kPi = 3.14159265f;
constexpr ImU32 kWhite = IM_COL32(255, 255, 255, 255);
constexpr ImU32 kIconInk = IM_COL32(60, 50, 45, 255);

ImVec2 At(ImVec2 min, float side, float x, float y) { return ImVec2(min.x + x * side, min.y + y * side); }

void Star(ImDrawList* draw, ImVec2 c, float r, ImU32 colour) {
  ImVec2 points[10];
  for (int i = 0; i < 10; ++i) {
    const float a = -kPi / 2 + static_cast<float>(i) * kPi / 5;
    const float radius = i % 2 == 0 ? r : r * 0.45f;
    points[i] = ImVec2(c.x + std::cos(a) * radius, c.y + std::sin(a) * radius);
  }
  for (int i = 0; i < 10; ++i)  // triangles around the centre fill the concave star
    draw->AddTriangleFilled(c, points[i], points[(i + 1) % 10], colour);
}

}  // namespace

constexpr ImU32 kDiscs[kAvatarShapes] = {
    IM_COL32(232, 125, 62, 255), IM_COL32(68, 145, 120, 255), IM_COL32(90, 110, 190, 255), IM_COL32(200, 70, 110, 255),
    IM_COL32(150, 110, 60, 255), IM_COL32(120, 80, 170, 255), IM_COL32(40, 140, 170, 255), IM_COL32(190, 150, 30, 255)};

void DrawAvatar(ImDrawList* draw, ImVec2 c, float r, std::uint32_t shape) {
  shape %= kAvatarShapes;
  draw->AddCircleFilled(c, r, kDiscs[shape], 32);
  const float s = r * 0.5f;
  // One line a picture, as a table.
  // clang-format off
  switch (shape) {
    case 0: draw->AddCircleFilled(c, s, kWhite, 24); break;                                    // sun
    case 1: draw->AddTriangleFilled(ImVec2(c.x, c.y - s), ImVec2(c.x - s, c.y + s * 0.8f), ImVec2(c.x + s, c.y + s * 0.8f), kWhite); break;  // leaf
    case 2: draw->AddRectFilled(ImVec2(c.x - s * 0.8f, c.y - s * 0.8f), ImVec2(c.x + s * 0.8f, c.y + s * 0.8f), kWhite, s * 0.2f); break;
    case 3: Star(draw, c, s * 1.1f, kWhite); break;
    case 4: draw->AddQuadFilled(ImVec2(c.x, c.y - s), ImVec2(c.x + s, c.y), ImVec2(c.x, c.y + s), ImVec2(c.x - s, c.y), kWhite); break;
    case 5:  // flower
      for (float i = 0; i < 5; ++i) {
        const float a = i * 2 * kPi / 5;
        draw->AddCircleFilled(ImVec2(c.x + std::cos(a) * s * 0.55f, c.y + std::sin(a) * s * 0.55f), s * 0.4f, kWhite, 16);
      }
      draw->AddCircleFilled(c, s * 0.3f, kDiscs[shape], 12);
      break;
    case 6: draw->AddCircle(c, s * 0.8f, kWhite, 24, s * 0.35f); break;  // ring
    default:  // moon
      draw->AddCircleFilled(c, s, kWhite, 24);
      draw->AddCircleFilled(ImVec2(c.x + s * 0.45f, c.y - s * 0.25f), s * 0.85f, kDiscs[shape], 24);
  }
  // clang-format on
}

bool AvatarButton(const char* id, std::string_view label, std::uint32_t shape, float side, bool chosen) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(LabelWithId(label, id).c_str(), ImVec2(side, side));
  DescribeLastWidget({.role = WidgetRole::Radio, .checked = chosen ? Tri::Yes : Tri::No});
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 c(pos.x + side / 2, pos.y + side / 2);
  DrawAvatar(draw, c, side / 2 - 6, shape);
  if (chosen) draw->AddCircle(c, side / 2 - 2, kIconInk, 32, 4);
  return pressed;
}

void DrawLessonIcon(ImDrawList* d, ImVec2 m, float side, LessonIcon icon) {
  const float t = std::max(2.0f, side * 0.05f);  // stroke
  auto P = [&](float x, float y) { return At(m, side, x, y); };
  auto Rect = [&](float x0, float y0, float x1, float y1, ImU32 c = kIconInk, bool fill = false, float round = 0.04f) {
    if (fill) d->AddRectFilled(P(x0, y0), P(x1, y1), c, round * side);
    else d->AddRect(P(x0, y0), P(x1, y1), c, round * side, 0, t);
  };
  auto Circle = [&](float x, float y, float r, ImU32 c = kIconInk, bool fill = false) {
    if (fill) d->AddCircleFilled(P(x, y), r * side, c, 32);
    else d->AddCircle(P(x, y), r * side, c, 32, t);
  };
  auto Line = [&](float x0, float y0, float x1, float y1, ImU32 c = kIconInk) {
    d->AddLine(P(x0, y0), P(x1, y1), c, t);
  };
  auto Coin = [&](float x, float y) {
    Circle(x, y, 0.14f, IM_COL32(230, 180, 40, 255), true);
    Circle(x, y, 0.14f);
  };
  d->AddRectFilled(m, P(1, 1), IM_COL32(252, 236, 220, 255), side * 0.12f);
  // One line an icon, as a table.
  // clang-format off
  switch (icon) {
    case LessonIcon::None: break;
    case LessonIcon::Phone: Rect(0.32f, 0.12f, 0.68f, 0.88f); Rect(0.37f, 0.2f, 0.63f, 0.74f, colour::kAccent, true); Circle(0.5f, 0.81f, 0.03f, kIconInk, true); break;
    case LessonIcon::Lock: Rect(0.28f, 0.45f, 0.72f, 0.85f, colour::kAccent, true); d->AddBezierCubic(P(0.36f, 0.45f), P(0.36f, 0.12f), P(0.64f, 0.12f), P(0.64f, 0.45f), kIconInk, t * 1.5f); break;
    case LessonIcon::Pin:
      for (float i = 0; i < 4; ++i) Circle(0.2f + i * 0.2f, 0.5f, 0.07f, colour::kAccent, true);
      Rect(0.08f, 0.32f, 0.92f, 0.68f); break;
    case LessonIcon::Sim: d->AddQuadFilled(P(0.3f, 0.15f), P(0.62f, 0.15f), P(0.72f, 0.28f), P(0.72f, 0.85f), kIconInk); d->AddTriangleFilled(P(0.3f, 0.15f), P(0.72f, 0.85f), P(0.3f, 0.85f), kIconInk); Rect(0.4f, 0.45f, 0.62f, 0.72f, IM_COL32(230, 180, 40, 255), true); break;
    case LessonIcon::Data: for (float i = 0; i < 4; ++i) Rect(0.2f + i * 0.16f, 0.75f - i * 0.15f, 0.3f + i * 0.16f, 0.8f, i < 3 ? colour::kAccent : kIconInk, true); break;
    case LessonIcon::Wifi:
      for (float i = 1; i <= 3; ++i) d->PathArcTo(P(0.5f, 0.75f), side * 0.15f * i, -kPi * 0.8f, -kPi * 0.2f, 16), d->PathStroke(colour::kAccent, 0, t * 1.5f);
      Circle(0.5f, 0.75f, 0.05f, kIconInk, true); break;
    case LessonIcon::Battery: Rect(0.2f, 0.35f, 0.76f, 0.65f); Rect(0.76f, 0.44f, 0.82f, 0.56f, kIconInk, true); Rect(0.24f, 0.39f, 0.55f, 0.61f, IM_COL32(70, 160, 80, 255), true); break;
    case LessonIcon::Scam: case LessonIcon::Warning:
      d->AddTriangleFilled(P(0.5f, 0.12f), P(0.88f, 0.85f), P(0.12f, 0.85f), IM_COL32(230, 170, 30, 255));
      Line(0.5f, 0.35f, 0.5f, 0.62f); Circle(0.5f, 0.73f, 0.035f, kIconInk, true); break;
    case LessonIcon::Eye: d->PathArcTo(P(0.5f, 0.9f), side * 0.5f, -kPi * 0.8f, -kPi * 0.2f, 20); d->PathStroke(kIconInk, 0, t);
      d->PathArcTo(P(0.5f, 0.1f), side * 0.5f, kPi * 0.2f, kPi * 0.8f, 20); d->PathStroke(kIconInk, 0, t); Circle(0.5f, 0.5f, 0.12f, colour::kAccent, true); break;
    case LessonIcon::Camera: Rect(0.15f, 0.3f, 0.85f, 0.78f, kIconInk, true); Rect(0.38f, 0.22f, 0.62f, 0.32f, kIconInk, true); Circle(0.5f, 0.54f, 0.15f, kWhite, true); Circle(0.5f, 0.54f, 0.09f, colour::kAccent, true); break;
    case LessonIcon::Light: Circle(0.5f, 0.5f, 0.18f, IM_COL32(240, 190, 40, 255), true);
      for (float i = 0; i < 8; ++i) { const float a = i * kPi / 4; Line(0.5f + std::cos(a) * 0.26f, 0.5f + std::sin(a) * 0.26f, 0.5f + std::cos(a) * 0.38f, 0.5f + std::sin(a) * 0.38f); }
      break;
    case LessonIcon::Product: case LessonIcon::Box: Rect(0.2f, 0.35f, 0.8f, 0.85f, IM_COL32(190, 140, 90, 255), true); Rect(0.15f, 0.25f, 0.85f, 0.38f, kIconInk, true); break;
    case LessonIcon::PriceTag: d->AddQuadFilled(P(0.15f, 0.5f), P(0.45f, 0.2f), P(0.85f, 0.2f), P(0.85f, 0.8f), colour::kAccent); d->AddTriangleFilled(P(0.15f, 0.5f), P(0.85f, 0.8f), P(0.45f, 0.8f), colour::kAccent); Circle(0.7f, 0.35f, 0.05f, kWhite, true); break;
    case LessonIcon::Coins: Coin(0.38f, 0.6f); Coin(0.6f, 0.45f); Coin(0.45f, 0.35f); break;
    case LessonIcon::Clock: Circle(0.5f, 0.5f, 0.35f); Line(0.5f, 0.5f, 0.5f, 0.28f); Line(0.5f, 0.5f, 0.66f, 0.58f, colour::kAccent); break;
    case LessonIcon::Chat: Rect(0.15f, 0.2f, 0.85f, 0.65f, colour::kAccent, true, 0.1f); d->AddTriangleFilled(P(0.3f, 0.64f), P(0.45f, 0.64f), P(0.25f, 0.82f), colour::kAccent);
      for (float i = 0; i < 3; ++i) Circle(0.35f + i * 0.15f, 0.43f, 0.04f, kWhite, true);
      break;
    case LessonIcon::Catalogue: case LessonIcon::Document: case LessonIcon::Order:
      Rect(0.25f, 0.12f, 0.75f, 0.88f, kWhite, true); Rect(0.25f, 0.12f, 0.75f, 0.88f);
      for (float i = 0; i < 4; ++i) Line(0.33f, 0.3f + i * 0.14f, icon == LessonIcon::Order && i == 3 ? 0.5f : 0.67f, 0.3f + i * 0.14f, i == 0 ? colour::kAccent : kIconInk);
      break;
    case LessonIcon::Truck: Rect(0.1f, 0.3f, 0.6f, 0.7f, colour::kAccent, true); Rect(0.6f, 0.42f, 0.85f, 0.7f, kIconInk, true); Circle(0.28f, 0.75f, 0.08f, kIconInk, true); Circle(0.7f, 0.75f, 0.08f, kIconInk, true); break;
    case LessonIcon::Wallet: Rect(0.15f, 0.3f, 0.85f, 0.8f, IM_COL32(150, 90, 50, 255), true, 0.06f); Rect(0.6f, 0.45f, 0.9f, 0.65f, kIconInk, true); Circle(0.68f, 0.55f, 0.04f, kWhite, true); break;
    case LessonIcon::Qr:
      for (int y = 0; y < 5; ++y)
        for (int x = 0; x < 5; ++x)
          if ((x * 7 + y * 3 + x * y) % 3 != 0 || (x < 2 && y < 2))
            Rect(0.18f + 0.13f * static_cast<float>(x), 0.18f + 0.13f * static_cast<float>(y),
                 0.29f + 0.13f * static_cast<float>(x), 0.29f + 0.13f * static_cast<float>(y), kIconInk, true, 0);
      break;
    case LessonIcon::Bank: d->AddTriangleFilled(P(0.5f, 0.12f), P(0.88f, 0.35f), P(0.12f, 0.35f), kIconInk);
      for (float i = 0; i < 4; ++i) Rect(0.2f + i * 0.17f, 0.38f, 0.28f + i * 0.17f, 0.75f, colour::kAccent, true, 0);
      Rect(0.12f, 0.78f, 0.88f, 0.86f, kIconInk, true, 0);
      break;
    case LessonIcon::Shield: d->AddQuadFilled(P(0.2f, 0.2f), P(0.8f, 0.2f), P(0.8f, 0.5f), P(0.2f, 0.5f), IM_COL32(68, 145, 120, 255)); d->AddTriangleFilled(P(0.2f, 0.5f), P(0.8f, 0.5f), P(0.5f, 0.88f), IM_COL32(68, 145, 120, 255)); Line(0.38f, 0.5f, 0.47f, 0.6f, kWhite); Line(0.47f, 0.6f, 0.65f, 0.38f, kWhite); break;
    case LessonIcon::People: Circle(0.35f, 0.35f, 0.1f, colour::kAccent, true); Circle(0.65f, 0.35f, 0.1f, kIconInk, true);
      Rect(0.2f, 0.5f, 0.5f, 0.85f, colour::kAccent, true, 0.1f); Rect(0.5f, 0.5f, 0.8f, 0.85f, kIconInk, true, 0.1f); break;
    case LessonIcon::Scales: Line(0.5f, 0.15f, 0.5f, 0.85f); Line(0.2f, 0.3f, 0.8f, 0.3f); Rect(0.35f, 0.82f, 0.65f, 0.88f, kIconInk, true, 0);
      d->AddTriangleFilled(P(0.2f, 0.35f), P(0.32f, 0.55f), P(0.08f, 0.55f), colour::kAccent); d->AddTriangleFilled(P(0.8f, 0.35f), P(0.92f, 0.55f), P(0.68f, 0.55f), colour::kAccent); break;
    case LessonIcon::Home: d->AddTriangleFilled(P(0.5f, 0.15f), P(0.88f, 0.48f), P(0.12f, 0.48f), colour::kAccent); Rect(0.22f, 0.48f, 0.78f, 0.85f, kIconInk, true, 0); Rect(0.43f, 0.62f, 0.57f, 0.85f, kWhite, true, 0); break;
    case LessonIcon::Needle: Line(0.2f, 0.85f, 0.8f, 0.15f); Circle(0.74f, 0.22f, 0.04f); d->AddBezierCubic(P(0.74f, 0.22f), P(0.2f, 0.2f), P(0.8f, 0.7f), P(0.25f, 0.6f), colour::kAccent, t); break;
    case LessonIcon::Basket: d->AddQuadFilled(P(0.15f, 0.45f), P(0.85f, 0.45f), P(0.72f, 0.85f), P(0.28f, 0.85f), IM_COL32(190, 140, 90, 255));
      d->PathArcTo(P(0.5f, 0.45f), side * 0.25f, kPi, 2 * kPi, 16); d->PathStroke(kIconInk, 0, t); break;
    case LessonIcon::Star: Star(d, P(0.5f, 0.52f), side * 0.36f, IM_COL32(240, 190, 40, 255)); break;
    case LessonIcon::Calculator: Rect(0.25f, 0.12f, 0.75f, 0.88f, kIconInk, true); Rect(0.32f, 0.2f, 0.68f, 0.35f, IM_COL32(200, 230, 200, 255), true, 0);
      for (float y = 0; y < 3; ++y) for (float x = 0; x < 3; ++x) Rect(0.32f + x * 0.13f, 0.45f + y * 0.13f, 0.42f + x * 0.13f, 0.54f + y * 0.13f, kWhite, true, 0);
      break;
    case LessonIcon::Check: Circle(0.5f, 0.5f, 0.36f, IM_COL32(70, 160, 80, 255), true); d->AddLine(P(0.33f, 0.52f), P(0.45f, 0.64f), kWhite, t * 2); d->AddLine(P(0.45f, 0.64f), P(0.68f, 0.38f), kWhite, t * 2); break;
    case LessonIcon::Health: Rect(0.4f, 0.18f, 0.6f, 0.82f, IM_COL32(200, 50, 50, 255), true, 0); Rect(0.18f, 0.4f, 0.82f, 0.6f, IM_COL32(200, 50, 50, 255), true, 0); break;
    case LessonIcon::Megaphone: d->AddQuadFilled(P(0.2f, 0.4f), P(0.7f, 0.18f), P(0.7f, 0.82f), P(0.2f, 0.6f), colour::kAccent); Rect(0.12f, 0.4f, 0.22f, 0.6f, kIconInk, true, 0); Line(0.78f, 0.5f, 0.9f, 0.5f); Line(0.78f, 0.35f, 0.88f, 0.28f); Line(0.78f, 0.65f, 0.88f, 0.72f); break;
    case LessonIcon::Food: d->PathArcTo(P(0.5f, 0.45f), side * 0.35f, 0, kPi, 24); d->PathFillConvex(IM_COL32(190, 140, 90, 255)); Line(0.12f, 0.45f, 0.88f, 0.45f); Circle(0.4f, 0.35f, 0.06f, IM_COL32(90, 160, 70, 255), true); Circle(0.58f, 0.33f, 0.07f, colour::kAccent, true); break;
    case LessonIcon::Count: break;
  }
  // clang-format on
}

bool ArrowButton(const char* id, std::string_view label, bool up) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float side = kTouchTarget;
  const bool pressed = ImGui::InvisibleButton(LabelWithId(label, id).c_str(), ImVec2(side, side));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + side, pos.y + side),
                      ImGui::GetColorU32(ImGui::IsItemActive() ? ImGuiCol_ButtonActive : ImGuiCol_Button),
                      ImGui::GetStyle().FrameRounding);
  const float cx = pos.x + side / 2, cy = pos.y + side / 2, r = side * 0.22f;
  if (up)
    draw->AddTriangleFilled(ImVec2(cx, cy - r), ImVec2(cx + r, cy + r * 0.7f), ImVec2(cx - r, cy + r * 0.7f), kWhite);
  else
    draw->AddTriangleFilled(ImVec2(cx - r, cy - r * 0.7f), ImVec2(cx + r, cy - r * 0.7f), ImVec2(cx, cy + r), kWhite);
  return pressed;
}

bool ChoiceButton(const char* id, std::string_view text, ChoiceLook look, float width) {
  if (width <= 0) width = ImGui::GetContentRegionAvail().x;
  const float padding = 14.0f;
  const ImVec2 textSize = MeasureText(text, kBodyStyle, width - 2 * padding);
  const float height = std::max(kTouchTarget, textSize.y + 2 * padding);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(LabelWithId(text, id).c_str(), ImVec2(width, height));
  if (look == ChoiceLook::Chosen) DescribeLastWidget({.role = WidgetRole::Button, .pressed = Tri::Yes});
  ImU32 fill = IM_COL32(255, 255, 255, 255), ink = kIconInk, border = IM_COL32(204, 189, 173, 255);
  switch (look) {
    case ChoiceLook::Plain: break;
    case ChoiceLook::Chosen: fill = colour::kAccent, ink = kWhite, border = colour::kAccent; break;
    case ChoiceLook::Right: fill = IM_COL32(46, 125, 50, 255), ink = kWhite, border = fill; break;
    case ChoiceLook::Wrong: fill = IM_COL32(183, 28, 28, 255), ink = kWhite, border = fill; break;
  }
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), fill, ImGui::GetStyle().FrameRounding);
  draw->AddRect(pos, ImVec2(pos.x + width, pos.y + height), border, ImGui::GetStyle().FrameRounding, 0, 2);
  DrawText(draw, ImVec2(pos.x + padding, pos.y + (height - textSize.y) / 2), ink, text, kBodyStyle,
           width - 2 * padding);
  return pressed;
}

void StyledTextWrapped(std::string_view text, text::TextStyle style, std::string_view id) {
  const float wrap = ImGui::GetContentRegionAvail().x;
  ImVec2 size = MeasureText(text, style, wrap);
  size.x = std::max(size.x, wrap);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  if (ImGui::IsRectVisible(size))
    DrawText(ImGui::GetWindowDrawList(), pos, ImGui::GetColorU32(ImGuiCol_Text), text, style, wrap);
  ImGui::Dummy(size);
  PublishLastItem(std::string(text) + "###" + std::string(id));
}

void BeginScrollArea(const char* id, float barHeight) {
  const float avail = ImGui::GetContentRegionAvail().y;
  const float bar = std::min(barHeight, avail * 0.6f);
  ImGui::BeginChild(id, ImVec2(0, std::max(kTouchTarget, avail - bar - ImGui::GetStyle().ItemSpacing.y)), 0,
                    ImGuiWindowFlags_NoBackground);
}

void EndScrollArea(const char* barId) {
  ImGui::EndChild();
  ImGui::BeginChild(barId, ImVec2(0, ImGui::GetContentRegionAvail().y), 0, ImGuiWindowFlags_NoBackground);
}

void EndBar() { ImGui::EndChild(); }

float TextHeight(std::string_view text) {
  return MeasureText(text, kBodyStyle, ImGui::GetContentRegionAvail().x).y + ImGui::GetStyle().ItemSpacing.y;
}

void ProgressBar(float fraction, float height) {
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), colour::kTrack, height / 2);
  const float filled = width * std::clamp(fraction, 0.0f, 1.0f);
  if (filled > 0)
    draw->AddRectFilled(pos, ImVec2(pos.x + std::max(filled, height), pos.y + height), colour::kRightAnswer,
                        height / 2);
  ImGui::Dummy(ImVec2(width, height));
}

}  // namespace hw
