#pragma once
// A small AppData with every type and field filled, for round-trip and format tests.
// tests/data/*_v1 fixtures were written from it: a change here must keep those
// files loading equal (add a v2 fixture when a format changes instead).
#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

#include "shared/core/validation.hpp"
#include "shared/model.hpp"

namespace hw::test {

// Whether `errors` names `field` with `message`.
inline bool HasError(const ValidationErrors& errors, std::string_view field, Msg message) {
  return std::any_of(errors.begin(), errors.end(),
                     [&](const ValidationError& e) { return e.field == field && e.message == message; });
}

inline Id TestId(std::uint8_t seed) {
  std::array<std::uint8_t, 16> entropy{};
  for (std::size_t i = 0; i < entropy.size(); ++i) entropy[i] = static_cast<std::uint8_t>(seed * 31 + i * 7);
  return NewId(entropy);
}

inline Photo TinyPhoto() {
  Photo photo;
  photo.mime = "image/png";
  photo.width = 2;
  photo.height = 1;
  photo.bytes = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF, 0x10};
  return photo;
}

inline ArtisanGroup SampleGroup() {
  ArtisanGroup group;
  group.id = TestId(1);
  group.name = "Sabala Kantha Collective";
  group.country = "IN";
  group.region = "West Bengal";
  group.languages = {"bn", "en"};
  group.story.Set("en", "Women in Bolpur stitch kantha quilts from old saris.");
  group.story.Set("bn", "বোলপুরের নারীরা পুরনো শাড়ি দিয়ে কাঁথা সেলাই করেন।");
  group.contacts = {"+91 90000 00000", "+91 90000 00001", "sabala@example.org"};
  group.logo = TinyPhoto();
  const std::array<std::uint8_t, 16> salt{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
  group.sellerPin = MakePinHash("2468", salt);
  group.updatedAt = 1'760'000'000;
  return group;
}

inline Product SampleProduct(const ArtisanGroup& group) {
  Product product;
  product.id = TestId(2);
  product.groupId = group.id;
  product.sku = "KQ-001";
  product.name.Set("en", "Kāntha quilt");
  product.name.Set("bn", "কাঁথা");
  product.description.Set("en", "Hand-stitched quilt, five layers of cotton saris.");
  product.category = "textiles";
  product.materials = {"cotton", "thread"};
  product.photos = {TinyPhoto()};
  product.price = {450000, "INR"};
  product.unit = "piece";
  product.minOrder = 2;
  product.availability = Availability::MadeToOrder;
  product.leadTimeDays = 21;
  Variant red;
  red.id = TestId(3);
  red.sku = "KQ-001-R";
  red.label.Set("en", "Red, single");
  red.priceMinor = 420000;
  Variant blue;
  blue.id = TestId(4);
  blue.sku = "KQ-001-B";
  blue.label.Set("en", "Blue, double");
  product.variants = {red, blue};
  product.tags = {"quilt", "recycled", "Bolpur"};
  product.updatedAt = 1'760'000'100;
  return product;
}

inline AppData SampleData() {
  AppData data;
  data.groups.push_back(SampleGroup());
  data.products.push_back(SampleProduct(data.groups[0]));
  Product scarf = SampleProduct(data.groups[0]);
  scarf.id = TestId(5);
  scarf.sku = "SC-7";
  scarf.name = {};
  scarf.name.Set("en", "Silk scarf");
  scarf.variants.clear();
  scarf.availability = Availability::InStock;
  scarf.stockOnHand = 12;
  scarf.priceOnRequest = true;
  scarf.archived = true;
  data.products.push_back(scarf);

  Buyer buyer{"Ana Reyes", "Fair Shop Manila", "+63 900 000 0000", "ana@example.org", "PH", "Quezon City"};
  OrderRequest order = NewOrder(TestId(6), data.groups[0], buyer, "INR", 1'760'100'000);
  AddLine(order, data.products[0], data.products[0].variants[0].id, 3, "en");
  AddLine(order, data.products[1], "", 1, "en");
  order.notes = "=SUM(A1) \"gift\", please";
  order.neededBy = 1'762'000'000;
  (void)order.ChangeStatus(OrderStatus::Sent, 1'760'100'100);
  data.orders.push_back(order);

  Course course;
  course.id = TestId(7);
  course.title.Set("en", "Phone photography");
  course.summary.Set("en", "Take clear product photos with your phone.");
  course.topic = "photography";
  Lesson lesson;
  lesson.id = TestId(8);
  lesson.title.Set("en", "Light");
  lesson.minutes = 4;
  Step step;
  step.id = TestId(9);
  step.text.Set("en", "Stand near a window.");
  step.picture = TinyPhoto();
  step.tip.Set("en", "Morning light is soft.");
  lesson.steps = {step, step};
  lesson.steps[1].id = TestId(10);
  Question single{TestId(11), QuestionKind::SingleChoice, {}, std::nullopt, {{}, {}, {}}, {1}};
  single.prompt.Set("en", "Where is the best light?");
  Question multiple{TestId(12), QuestionKind::MultipleChoice, {}, TinyPhoto(), {{}, {}, {}}, {0, 2}};
  Question truth{TestId(13), QuestionKind::TrueFalse, {}, std::nullopt, {}, {1}};
  Question order3{TestId(14), QuestionKind::PutInOrder, {}, std::nullopt, {{}, {}, {}}, {2, 0, 1}};
  multiple.prompt.Set("en", "Which backgrounds are calm?");
  truth.prompt.Set("en", "A flash makes silk look better.");
  order3.prompt.Set("en", "Put the steps in order.");
  lesson.quiz.questions = {single, multiple, truth, order3};
  lesson.quiz.masteryPercent = 75;
  course.lessons = {lesson};
  data.courses.push_back(course);

  Profile profile;
  profile.id = TestId(15);
  profile.name = "Rina";
  profile.avatar = TinyPhoto();
  profile.language = "bn";
  profile.roles = RoleLearner | RoleGroupMember;
  profile.groupId = data.groups[0].id;
  const std::array<std::uint8_t, 16> salt{9, 9, 9, 9, 9, 9, 9, 9, 1, 1, 1, 1, 1, 1, 1, 1};
  profile.pin = MakePinHash("1357", salt);
  data.profiles.push_back(profile);

  Progress& progress = data.ProgressFor(profile.id, lesson.id);
  RecordStepSeen(progress, lesson, 0, 1'760'200'000);
  RecordQuizAttempt(progress, lesson, {2, 4, 50}, 1'760'200'100);

  data.settings.language = "bn";
  data.settings.activeProfileId = profile.id;
  data.settings.preferredCurrency = "INR";
  data.settings.buyerDetails = buyer;
  return data;
}

}  // namespace hw::test
