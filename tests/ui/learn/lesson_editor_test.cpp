// The trainer's lesson editor as a trainer meets it: a course written by tapping and
// typing, saved only once complete, taken by a learner with the same player and quiz,
// and shared as a lesson pack.
#include <doctest/doctest.h>

#include <stb/stb_image_write.h>  // implemented in shared/media/stb_image.cpp

#include <string>

#include "shared/learning/lesson_editing.hpp"
#include "shared/learning/lesson_pack.hpp"
#include "shared/learning/profiles.hpp"
#include "tests/ui/my_group/my_group_fixture.hpp"
#include "tests/ui/ui_harness.hpp"

using namespace hw;
using hw::test::Deliver;
using hw::test::Label;
using hw::test::UiHarness;

namespace {

void Ready(UiHarness& ui) {
  ui.state.data.settings.demoLoaded = true;
  ui.Frame();
}

void OpenEditor(UiHarness& ui) {
  REQUIRE(ui.Tap("home.learn"));
  REQUIRE(ui.Tap("learn.trainer"));
  REQUIRE(ui.Tap("trainer.editor"));
}

void Write(UiHarness& ui, std::string_view field, std::string_view text) {
  REQUIRE(ui.Type(field, text));
  ui.CloseKeyboard();
}

void AppendBytes(void* context, void* data, int size) {
  auto* out = static_cast<std::vector<std::uint8_t>*>(context);
  out->insert(out->end(), static_cast<std::uint8_t*>(data), static_cast<std::uint8_t*>(data) + size);
}

std::vector<std::uint8_t> CameraPng(int width, int height) {
  std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width * height * 3), 0);
  for (std::size_t i = 0; i < pixels.size(); ++i) pixels[i] = static_cast<std::uint8_t>(i * 7);
  std::vector<std::uint8_t> png;
  stbi_write_png_to_func(AppendBytes, &png, width, height, 3, pixels.data(), width * 3);
  return png;
}

// Writes the course of these tests: "Selling online", one lesson of two steps (a
// drawing, then a photo) and a true/false question whose answer is "false".
void WriteCourse(UiHarness& ui) {
  OpenEditor(ui);
  REQUIRE(ui.Tap("editor.new"));
  Write(ui, "editor.course.title", "Selling online");
  REQUIRE(ui.Tap("editor.lesson.add"));
  Write(ui, "editor.lesson.title", "Photos that sell");
  Write(ui, "editor.step.0.text", "Use the light of a window.");
  Write(ui, "editor.step.0.tip", "Turn off the flash.");
  REQUIRE(ui.Tap("editor.step.0.icons"));
  REQUIRE(ui.Tap("editor.step.0.icon.light"));
  REQUIRE(ui.Tap("editor.step.add"));
  Write(ui, "editor.step.1.text", "Put the product on a plain cloth.");
  REQUIRE(ui.Tap("editor.step.1.photo"));
  REQUIRE(ui.platform.chosenFiles.back() == "editor.photo image/*;capture");
  Deliver(ui, "editor.photo", "IMG_0002.png", CameraPng(1200, 900));
  REQUIRE(ui.Tap("editor.question.add"));
  REQUIRE(ui.Tap("editor.question.0.kind.truefalse"));
  Write(ui, "editor.question.0.prompt", "Strong midday sun is the best light.");
  REQUIRE(ui.Tap("editor.question.0.false"));
  Write(ui, "editor.question.0.explanation", "Soft light shows colours truly.");
  REQUIRE(ui.Tap("editor.lesson.done"));
}

}  // namespace

TEST_SUITE_BEGIN("learn");

TEST_CASE("a trainer writes a course of one lesson with two steps and a true/false question; a learner masters it") {
  UiHarness ui;
  Ready(ui);
  WriteCourse(ui);
  CHECK(Label(ui, "editor.lesson.0") == "1. Photos that sell");
  REQUIRE(ui.Tap("editor.save"));
  CHECK(Label(ui, "editor.saved") == "Saved. The course is in Learn.");
  REQUIRE(ui.state.data.courses.size() == 1);
  const Course& saved = ui.state.data.courses[0];
  CHECK(saved.language == "en");
  CHECK_FALSE(saved.shipped);
  REQUIRE(saved.lessons.size() == 1);
  REQUIRE(saved.lessons[0].steps.size() == 2);
  CHECK(saved.lessons[0].steps[0].icon == LessonIcon::Light);
  CHECK(saved.lessons[0].steps[0].tip.Get("en") == "Turn off the flash.");
  // The photo is scaled like product photos: 800 pixels at most, as JPEG.
  REQUIRE(saved.lessons[0].steps[1].picture.has_value());
  CHECK(saved.lessons[0].steps[1].picture->mime == "image/jpeg");
  CHECK(saved.lessons[0].steps[1].picture->width == 800);
  CHECK(saved.lessons[0].steps[1].picture->height == 600);
  const Id courseId = saved.id;
  const Id lessonId = saved.lessons[0].id;

  // The learner finds it in Learn like the shipped courses, and takes it.
  REQUIRE(ui.Tap("nav.back"));  // the trainer's courses
  REQUIRE(ui.Tap("nav.back"));  // the trainer's view
  REQUIRE(ui.Tap("nav.back"));  // Learn
  CHECK(Label(ui, "learn.course." + courseId) == "Selling online");
  CHECK(Label(ui, "learn.course." + courseId + ".progress") == "Mastered: 0 of 1");
  REQUIRE(ui.Tap("learn.course." + courseId));
  REQUIRE(ui.Tap("learn.lesson." + lessonId));
  CHECK(Label(ui, "lesson.counter") == "Step 1 of 2");
  CHECK(Label(ui, "lesson.text") == "Use the light of a window.");
  REQUIRE(ui.Tap("lesson.next"));
  CHECK(Label(ui, "lesson.text") == "Put the product on a plain cloth.");
  CHECK(ui.Find("lesson.picture") != nullptr);  // the trainer's photo, not a drawing
  REQUIRE(ui.Tap("lesson.next"));               // the quiz
  CHECK(ui.state.screen == Screen::Quiz);
  REQUIRE(ui.Tap("quiz.option.0"));  // "False"
  REQUIRE(ui.Tap("quiz.check"));
  CHECK(ui.Find("Soft light shows colours truly.") != nullptr);
  REQUIRE(ui.Tap("quiz.next"));
  CHECK(Label(ui, "quiz.verdict") == "Well done! You have mastered this lesson.");
  REQUIRE(ui.Tap("quiz.done"));
  CHECK(Label(ui, "learn.lesson." + lessonId + ".status") == "Mastered");
  REQUIRE(ui.Tap("nav.back"));
  CHECK(Label(ui, "learn.course." + courseId + ".progress") == "Mastered: 1 of 1");
}

TEST_CASE("a course is saved only once complete; what is missing is shown under each field and nothing typed is lost") {
  UiHarness ui(360, 3200);  // a tall screen: every message in view at once
  Ready(ui);
  OpenEditor(ui);
  REQUIRE(ui.Tap("editor.new"));
  REQUIRE(ui.Tap("editor.save"));
  CHECK(ui.state.data.courses.empty());
  CHECK(Label(ui, "editor.fix") == "Some things need fixing first (marked in red). Nothing you wrote is lost.");
  CHECK(Label(ui, "editor.course.title.error") == "This text is empty");
  CHECK(Label(ui, "editor.lessons.error") == "Add at least one lesson");

  Write(ui, "editor.course.title", "Saving money");
  CHECK(ui.Find("editor.course.title.error") == nullptr);  // fixed as it is typed
  REQUIRE(ui.Tap("editor.lesson.add"));
  REQUIRE(ui.Tap("editor.question.add"));
  Write(ui, "editor.question.0.option.0", "A bank");
  CHECK(Label(ui, "editor.lesson.title.error") == "This text is empty");
  CHECK(Label(ui, "editor.step.0.text.error") == "This text is empty");
  CHECK(Label(ui, "editor.question.0.correct.error") == "Mark the right answer");
  REQUIRE(ui.Tap("editor.question.0.option.0.right"));
  CHECK(ui.Find("editor.question.0.correct.error") == nullptr);
  REQUIRE(ui.Tap("editor.lesson.done"));  // back to the course: the lesson is marked
  CHECK(Label(ui, "editor.lesson.0.error") == "Something in this lesson needs fixing");

  // Leaving asks first; the course stays as typed.
  REQUIRE(ui.Tap("nav.back"));
  CHECK(Label(ui, "editor.unsaved") == "This course has changes that are not saved yet.");
  CHECK(ui.state.lessonEditor.draft->title.Get("en") == "Saving money");
  CHECK(TextIn(ui.state.lessonEditor.draft->lessons[0].quiz.questions[0].options[0], "en") == "A bank");
  REQUIRE(ui.Tap("editor.discard"));
  CHECK(ui.state.data.courses.empty());
  CHECK(ui.Find("editor.new") != nullptr);
}

TEST_CASE("a trainer writes in their own language, and lessons move, go and are saved as a lesson pack") {
  UiHarness ui;
  Ready(ui);
  ChooseLanguage(ui.state, Language::Thai);
  ui.Frame();
  WriteCourse(ui);
  REQUIRE(ui.Tap("editor.lesson.add"));
  Write(ui, "editor.lesson.title", "Second");
  Write(ui, "editor.step.0.text", "Only step");
  REQUIRE(ui.Tap("editor.lesson.done"));
  REQUIRE(ui.Tap("editor.lesson.1.up"));
  CHECK(Label(ui, "editor.lesson.0").ends_with("Second"));
  REQUIRE(ui.Tap("editor.save"));
  REQUIRE(ui.state.data.courses.size() == 1);
  CHECK(ui.state.data.courses[0].language == "th");
  CHECK(ui.state.data.courses[0].lessons[0].title.Find("th") == "Second");
  REQUIRE(ui.Tap("editor.lesson.0.remove"));
  CHECK(ui.state.data.courses[0].lessons.size() == 2);  // not saved yet
  REQUIRE(ui.Tap("editor.save"));
  CHECK(ui.state.data.courses[0].lessons.size() == 1);

  REQUIRE(ui.Tap("editor.export"));
  REQUIRE(ui.platform.downloads.size() == 1);
  const auto& file = ui.platform.downloads[0];
  CHECK(file.name == ui.state.data.courses[0].id + ".json");
  CHECK(file.mimeType == "application/json");
  auto back = ImportLessonPack(std::string_view(reinterpret_cast<const char*>(file.bytes.data()), file.bytes.size()));
  REQUIRE(back);
  REQUIRE(back.value().size() == 1);
  CHECK(back.value()[0] == ui.state.data.courses[0]);
}

TEST_CASE("a photo that is not a picture is refused under its step, and the step keeps its drawing") {
  UiHarness ui(360, 2400);
  Ready(ui);
  OpenEditor(ui);
  REQUIRE(ui.Tap("editor.new"));
  REQUIRE(ui.Tap("editor.lesson.add"));
  Write(ui, "editor.step.0.text", "Look here");
  REQUIRE(ui.Tap("editor.step.0.photo"));
  Deliver(ui, "editor.photo", "notes.txt", hw::test::Bytes("not a picture"));
  CHECK(Label(ui, "editor.step.0.photo.error").starts_with("notes.txt: The photo is not valid"));
  CHECK_FALSE(ui.state.lessonEditor.draft->lessons[0].steps[0].picture.has_value());
  CHECK(TextIn(ui.state.lessonEditor.draft->lessons[0].steps[0].text, "en") == "Look here");
}

TEST_CASE("courses that came with the app are not offered for editing") {
  UiHarness ui;
  Ready(ui);
  Course shipped = NewCourse("your-phone", "en");
  shipped.title.Set("en", "Your phone");
  shipped.shipped = true;
  ui.state.data.courses.push_back(shipped);
  ui.Frame();
  OpenEditor(ui);
  CHECK(ui.Find("editor.course.your-phone") == nullptr);
  CHECK(Label(ui, "editor.none") == "No course of your own yet.");
}

TEST_CASE("a course of one's own is removed from the phone only after a yes") {
  UiHarness ui;
  Ready(ui);
  WriteCourse(ui);
  REQUIRE(ui.Tap("editor.save"));
  REQUIRE(ui.state.data.courses.size() == 1);
  REQUIRE(ui.Tap("editor.course.remove"));
  CHECK(Label(ui, "editor.course.remove.question").starts_with("Remove this course from this phone?"));
  REQUIRE(ui.Tap("editor.course.remove.no"));
  CHECK(ui.state.data.courses.size() == 1);
  REQUIRE(ui.Tap("editor.course.remove"));
  const std::uint64_t before = ui.state.revision;
  REQUIRE(ui.Tap("editor.course.remove.yes"));
  CHECK(ui.state.data.courses.empty());
  CHECK(ui.state.revision > before);
  CHECK(Label(ui, "editor.none") == "No course of your own yet.");
}

TEST_CASE("a trainer writes multiple-choice and put-in-order questions; a learner who answers right scores 100%") {
  UiHarness ui;
  Ready(ui);
  OpenEditor(ui);
  REQUIRE(ui.Tap("editor.new"));
  Write(ui, "editor.course.title", "Orders");
  REQUIRE(ui.Tap("editor.lesson.add"));
  Write(ui, "editor.lesson.title", "From order to payment");
  Write(ui, "editor.step.0.text", "Write down every order.");
  REQUIRE(ui.Tap("editor.question.add"));
  REQUIRE(ui.Tap("editor.question.0.kind.multiple"));
  Write(ui, "editor.question.0.prompt", "What goes in an order?");
  Write(ui, "editor.question.0.option.0", "Quantity");
  Write(ui, "editor.question.0.option.1", "Your favourite song");
  REQUIRE(ui.Tap("editor.question.0.option.add"));
  Write(ui, "editor.question.0.option.2", "Delivery date");
  REQUIRE(ui.Tap("editor.question.0.option.0.right"));
  REQUIRE(ui.Tap("editor.question.0.option.2.right"));
  REQUIRE(ui.Tap("editor.question.add"));
  REQUIRE(ui.Tap("editor.question.1.kind.order"));
  Write(ui, "editor.question.1.prompt", "Put in order");
  Write(ui, "editor.question.1.option.0", "Get paid");  // written out of order, then moved
  Write(ui, "editor.question.1.option.1", "Take the order");
  REQUIRE(ui.Tap("editor.question.1.option.add"));
  Write(ui, "editor.question.1.option.2", "Make it");
  REQUIRE(ui.Tap("editor.question.1.option.0.down"));  // Take the order, Get paid, Make it
  REQUIRE(ui.Tap("editor.question.1.option.2.up"));    // Take the order, Make it, Get paid
  REQUIRE(ui.Tap("editor.lesson.done"));
  REQUIRE(ui.Tap("editor.save"));
  REQUIRE(ui.state.data.courses.size() == 1);
  const Lesson& lesson = ui.state.data.courses[0].lessons[0];
  const Question& multiple = lesson.quiz.questions[0];
  CHECK(multiple.correct == std::vector<std::uint32_t>{0, 2});
  const Question& order = lesson.quiz.questions[1];
  REQUIRE(order.options.size() == 3);
  CHECK(order.options[0].Get("en") == "Take the order");
  CHECK(order.options[1].Get("en") == "Make it");
  CHECK(order.options[2].Get("en") == "Get paid");
  CHECK(order.correct == std::vector<std::uint32_t>{0, 1, 2});
  const Id courseId = ui.state.data.courses[0].id;
  const Id lessonId = lesson.id;

  REQUIRE(ui.Tap("nav.back"));
  REQUIRE(ui.Tap("nav.back"));
  REQUIRE(ui.Tap("nav.back"));
  REQUIRE(ui.Tap("learn.course." + courseId));
  REQUIRE(ui.Tap("learn.lesson." + lessonId));
  REQUIRE(ui.Tap("lesson.next"));  // one step: the quiz
  REQUIRE(ui.Tap("quiz.option.0"));
  REQUIRE(ui.Tap("quiz.option.2"));
  REQUIRE(ui.Tap("quiz.check"));
  CHECK(Label(ui, "quiz.feedback") == "Right!");
  REQUIRE(ui.Tap("quiz.next"));
  // Shown turned by one (Make it, Get paid, Take the order): the last goes to the top.
  CHECK(Label(ui, "quiz.item.0") == "1. Make it");
  REQUIRE(ui.Tap("quiz.up.2"));
  REQUIRE(ui.Tap("quiz.up.1"));
  CHECK(Label(ui, "quiz.item.0") == "1. Take the order");
  REQUIRE(ui.Tap("quiz.check"));
  CHECK(Label(ui, "quiz.feedback") == "Right!");
  REQUIRE(ui.Tap("quiz.next"));
  CHECK(Label(ui, "quiz.score") == "2 of 2 right (100%)");
}

TEST_CASE("in Urdu a lesson's row of arrows and Remove starts from the right edge, in English from the left") {
  UiHarness ui(360, 2400);  // the whole course on screen
  Ready(ui);
  WriteCourse(ui);
  REQUIRE(ui.Tap("editor.lesson.add"));
  Write(ui, "editor.lesson.title", "Second");
  Write(ui, "editor.step.0.text", "Only step");
  REQUIRE(ui.Tap("editor.lesson.done"));
  const auto row = [&](bool rightToLeft) {
    ui.Frame();
    const WidgetRect* up = ui.Find("editor.lesson.1.up");
    const WidgetRect* remove = ui.Find("editor.lesson.1.remove");
    REQUIRE(up != nullptr);
    REQUIRE(remove != nullptr);
    CHECK(up->y == doctest::Approx(remove->y));  // one row
    if (rightToLeft) {
      CHECK(remove->x + remove->width <= up->x);  // Remove to the left of the arrow
      CHECK(up->x + up->width > 300.0f);          // the arrow at the right edge
    } else {
      CHECK(up->x + up->width <= remove->x);
      CHECK(up->x < 60.0f);
    }
  };
  row(false);
  ChooseLanguage(ui.state, Language::Urdu);
  row(true);
}

TEST_SUITE_END();
