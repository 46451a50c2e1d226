// SPDX-License-Identifier: GPL-3.0-or-later
// The values of a family of curves as typed: lists and from:step:to ranges, and every way of
// getting them wrong, with the column named.
#include "value_list.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

struct Good {
    const char* text;
    std::vector<double> values;
};

struct Bad {
    const char* text;
    std::size_t column;
    const char* message;  // part of it
};

class ValueListGood : public ::testing::TestWithParam<Good> {};
class ValueListBad : public ::testing::TestWithParam<Bad> {};

TEST_P(ValueListGood, Parses) {
    const auto result = alab::parseValueList(GetParam().text, 64);
    ASSERT_TRUE(std::holds_alternative<std::vector<double>>(result)) << std::get<alab::ValueListError>(result).message;
    EXPECT_EQ(std::get<std::vector<double>>(result), GetParam().values);
}

TEST_P(ValueListBad, NamesTheColumn) {
    const auto result = alab::parseValueList(GetParam().text, 64);
    ASSERT_TRUE(std::holds_alternative<alab::ValueListError>(result)) << GetParam().text;
    const alab::ValueListError& error = std::get<alab::ValueListError>(result);
    EXPECT_EQ(error.column, GetParam().column) << error.message;
    EXPECT_NE(error.message.find(GetParam().message), std::string::npos) << error.message;
    EXPECT_EQ(error.message.rfind("column " + std::to_string(GetParam().column) + ": ", 0), 0u) << error.message;
}

INSTANTIATE_TEST_SUITE_P(
    Table, ValueListGood,
    ::testing::Values(Good{"0.25, 0.5, 1, 2", {0.25, 0.5, 1.0, 2.0}}, Good{"0.25 0.5 1 2", {0.25, 0.5, 1.0, 2.0}},
                      Good{" 1e-3,+2, -4 ", {1e-3, 2.0, -4.0}}, Good{"3", {3.0}}, Good{"1,1", {1.0, 1.0}},
                      Good{"0.25:0.25:2", {0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0}},
                      // Steps of 0.1 and 0.3 do not add up exactly; the values are the decimals meant.
                      Good{"0:0.1:0.3", {0.0, 0.1, 0.2, 0.3}}, Good{"2:-0.5:0.5", {2.0, 1.5, 1.0, 0.5}},
                      Good{"0:0.3:1", {0.0, 0.3, 0.6, 0.9}}, Good{" 1 : 1 : 3 ", {1.0, 2.0, 3.0}},
                      Good{"5:1:5", {5.0}}));

INSTANTIATE_TEST_SUITE_P(Table, ValueListBad,
                         ::testing::Values(Bad{"", 1, "no values"}, Bad{" , ", 1, "no values"},
                                           Bad{"0.25, abc, 1", 7, "'abc' is not a number"},
                                           Bad{"1, 2x", 4, "'2x' is not a number"}, Bad{"1e999", 1, "too large"},
                                           Bad{"nan", 1, "not a finite number"},
                                           Bad{"inf, 1", 1, "not a finite number"}, Bad{"0:0:1", 3, "the step is 0"},
                                           Bad{"0:-1:1", 3, "leads away"}, Bad{"0:1", 2, "two colons"},
                                           Bad{"0:1:2:3", 2, "two colons"}, Bad{"0:1:1000", 1, "more than 64 values"},
                                           Bad{"0:1e-300:1", 1, "more than 64 values"},
                                           Bad{"0::1", 3, "a number is missing"}));

TEST(ValueList, AtMostTheCount) {
    std::string sixtyFive;
    for (int i = 0; i < 65; ++i) sixtyFive += std::to_string(i) + " ";
    const auto result = alab::parseValueList(sixtyFive, 64);
    ASSERT_TRUE(std::holds_alternative<alab::ValueListError>(result));
    EXPECT_NE(std::get<alab::ValueListError>(result).message.find("more than 64"), std::string::npos);
    EXPECT_TRUE(std::holds_alternative<std::vector<double>>(alab::parseValueList(sixtyFive, 65)));
}

}  // namespace
