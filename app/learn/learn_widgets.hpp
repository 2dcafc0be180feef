#pragma once
// Widgets of the Learn and profile screens: drawn avatars, the lesson icons, answer
// buttons that wrap long text, text at a chosen size, progress bars. Each labelled
// one is published ("visible###stable.id") for tests, like app/ui/widgets.hpp.
#include <imgui.h>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "app/text/text_engine.hpp"
#include "shared/learning/lesson_icon.hpp"

namespace hw {

// The set of drawn avatars a person chooses from: a shape on a coloured disc.
inline constexpr std::uint32_t kAvatarShapes = 8;
void DrawAvatar(ImDrawList* draw, ImVec2 centre, float radius, std::uint32_t shape);
// An avatar as a square button; a ring marks the chosen one.
bool AvatarButton(const char* id, std::string_view label, std::uint32_t shape, float side, bool chosen);

// A lesson step's icon drawn in the square at `min` of side `side`.
void DrawLessonIcon(ImDrawList* draw, ImVec2 min, float side, LessonIcon icon);

enum class ChoiceLook { Plain, Chosen, Right, Wrong };
// A full-width button whose text wraps (quiz answers, profiles); true when tapped.
bool ChoiceButton(const char* id, std::string_view text, ChoiceLook look, float width = 0);
// A square button with an arrow drawn up or down; `label` is what it is called.
bool ArrowButton(const char* id, std::string_view label, bool up);

// Wrapped text at `style`, published under `fullLabel` ("text###id").
void StyledTextWrapped(std::string_view text, text::TextStyle style, std::string_view id);

// Splits what is left of the screen: a scrolling area for the content, then a bar of
// `barHeight` under it that stays in view (what moves the person on). The bar is
// drawn after EndScrollArea(); it scrolls itself when taller than 60% of the screen.
void BeginScrollArea(const char* id, float barHeight);
void EndScrollArea(const char* barId);
void EndBar();
// The height of wrapped body text across the current column.
float TextHeight(std::string_view text);

// A bar filled to `fraction` (0..1), full width.
void ProgressBar(float fraction, float height = 12.0f);

}  // namespace hw
