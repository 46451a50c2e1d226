// SPDX-License-Identifier: GPL-3.0-or-later
// The run helper itself: the child's environment has no display whatever the caller's has, and a
// runtime directory that exists; the rest of the environment reaches it; a child that hangs is
// killed and reported.
#include "process.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

namespace alab {
namespace {

bool hasVariable(const std::vector<std::string>& environment, const std::string& name) {
    return std::any_of(environment.begin(), environment.end(),
                       [&](const std::string& line) { return line.starts_with(name + "="); });
}

TEST(RunProcess, ChildEnvironmentHasNoDisplayVariables) {
    test::ScopedEnvironment environment;
    environment.setDisplayVariables();
    environment.set("ALAB_TEST_PASSED_THROUGH", "yes");
    const auto r = test::runProcess("/usr/bin/env", {});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::vector<std::string> childEnvironment = test::split(r.out, '\n');
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        EXPECT_FALSE(hasVariable(childEnvironment, name)) << name << " reached the child:\n" << r.out;
    }
    EXPECT_NE(std::find(childEnvironment.begin(), childEnvironment.end(), "ALAB_TEST_PASSED_THROUGH=yes"),
              childEnvironment.end())
        << r.out;
}

TEST(RunProcess, ChildGetsARuntimeDirectoryThatExists) {
    // A session's XDG_RUNTIME_DIR that cannot be created makes Qt print an error line.
    test::ScopedEnvironment environment;
    environment.set("XDG_RUNTIME_DIR", "/dev/null/run");
    const auto r = test::runProcess("/usr/bin/env", {});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::vector<std::string> childEnvironment = test::split(r.out, '\n');
    EXPECT_EQ(std::count_if(childEnvironment.begin(), childEnvironment.end(),
                            [](const std::string& line) { return line.starts_with("XDG_RUNTIME_DIR="); }),
              1)
        << r.out;
    EXPECT_NE(std::find(childEnvironment.begin(), childEnvironment.end(),
                        "XDG_RUNTIME_DIR=" + test::privateRuntimeDirectory()),
              childEnvironment.end())
        << r.out;
    EXPECT_TRUE(std::filesystem::is_directory(test::privateRuntimeDirectory()));
}

TEST(RunProcess, TheCallersEnvironmentIsRestored) {
    unsetenv("ALAB_TEST_SCOPED");
    setenv("ALAB_TEST_SCOPED_OUTER", "outer", 1);
    {
        test::ScopedEnvironment environment;
        environment.set("ALAB_TEST_SCOPED", "inner");
        environment.set("ALAB_TEST_SCOPED_OUTER", "inner");
        EXPECT_STREQ(std::getenv("ALAB_TEST_SCOPED"), "inner");
        EXPECT_STREQ(std::getenv("ALAB_TEST_SCOPED_OUTER"), "inner");
    }
    EXPECT_EQ(std::getenv("ALAB_TEST_SCOPED"), nullptr);
    EXPECT_STREQ(std::getenv("ALAB_TEST_SCOPED_OUTER"), "outer");
    unsetenv("ALAB_TEST_SCOPED_OUTER");
}

TEST(RunProcess, AChildThatHangsIsKilledAndReported) {
    const auto r = test::runProcess("/bin/sleep", {"60"}, std::chrono::seconds(1));
    EXPECT_EQ(r.exitCode, 128 + SIGKILL);
    EXPECT_NE(r.err.find("still running after 1 s, killed"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace alab
