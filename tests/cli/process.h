// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

extern char** environ;

namespace alab::test {

struct ProcessResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// The variables that would let the child find a display (or a Qt platform): the child never
// sees them, whatever the caller's environment (a desktop session, a CI job that exports
// QT_QPA_PLATFORM=offscreen), so "no display" is what every test of the executable starts from.
inline constexpr const char* kDisplayVariables[] = {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"};

// A runtime directory of this test process's own (mode 0700, removed at exit). The child gets it
// as XDG_RUNTIME_DIR: Qt reports a caller's XDG_RUNTIME_DIR that it cannot create (a session's
// /run/user/UID that is gone, in a container or after logout) as an error line on stderr.
inline const std::string& privateRuntimeDirectory() {
    struct Directory {
        std::string path;
        Directory() {
            const char* tmp = std::getenv("TMPDIR");
            std::string pattern =
                std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") + "/alab-test-runtime-XXXXXX";
            if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed for " + pattern);
            path = pattern;
        }
        ~Directory() {
            std::error_code ignored;
            std::filesystem::remove_all(path, ignored);
        }
    };
    static const Directory directory;
    return directory.path;
}

inline bool isVariable(const char* entry, const char* name) {
    const std::size_t length = std::strlen(name);
    return std::strncmp(entry, name, length) == 0 && entry[length] == '=';
}

// The current environment without kDisplayVariables and with privateRuntimeDirectory(), as
// posix_spawn wants it. The pointers stay valid until the environment changes.
inline std::vector<char*> childEnvironment() {
    static std::string runtime = "XDG_RUNTIME_DIR=" + privateRuntimeDirectory();
    std::vector<char*> env;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        bool dropped = isVariable(*entry, "XDG_RUNTIME_DIR");
        for (const char* name : kDisplayVariables) dropped = dropped || isVariable(*entry, name);
        if (!dropped) env.push_back(*entry);
    }
    env.push_back(runtime.data());
    env.push_back(nullptr);
    return env;
}

// Runs `program args...` with childEnvironment() and collects both output streams. A child still
// running after `timeout` is killed, and the result says so (exit code 128 + SIGKILL, a line on
// err), so a hang is a failure of the test that caused it.
inline ProcessResult runProcess(const std::string& program, const std::vector<std::string>& args,
                                std::chrono::seconds timeout = std::chrono::seconds(60)) {
    int outPipe[2];
    int errPipe[2];
    if (pipe(outPipe) != 0 || pipe(errPipe) != 0) throw std::runtime_error("pipe failed");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, outPipe[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], STDERR_FILENO);
    posix_spawn_file_actions_addclose(&actions, outPipe[0]);
    posix_spawn_file_actions_addclose(&actions, errPipe[0]);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    std::vector<char*> env = childEnvironment();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    close(outPipe[1]);
    close(errPipe[1]);
    if (spawned != 0) throw std::runtime_error("could not start " + program);

    ProcessResult result;
    pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
    std::string* sinks[2] = {&result.out, &result.err};
    int open = 2;
    char buffer[65536];
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    bool killed = false;
    while (open > 0) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            kill(pid, SIGKILL);
            killed = true;
            for (pollfd& fd : fds) {
                if (fd.fd >= 0) close(fd.fd);
            }
            break;
        }
        const int ready = poll(fds, 2, static_cast<int>(left.count()));
        if (ready < 0 && errno == EINTR) continue;
        if (ready < 0) break;
        if (ready == 0) continue;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0) continue;
            const ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                sinks[i]->append(buffer, static_cast<std::size_t>(n));
            } else {
                close(fds[i].fd);
                fds[i].fd = -1;
                --open;
            }
        }
    }
    int status = 0;
    waitpid(pid, &status, 0);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (killed) {
        result.err +=
            "[runProcess: " + program + " still running after " + std::to_string(timeout.count()) + " s, killed]\n";
    }
    return result;
}

// Sets environment variables of the test process itself, and restores them when it goes out of
// scope: a test can give itself the environment of a desktop session or of a CI job.
class ScopedEnvironment {
public:
    ScopedEnvironment() = default;
    ScopedEnvironment(const ScopedEnvironment&) = delete;
    ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;
    ~ScopedEnvironment() {
        for (auto it = saved_.rbegin(); it != saved_.rend(); ++it) {
            if (it->second) {
                setenv(it->first.c_str(), it->second->c_str(), 1);
            } else {
                unsetenv(it->first.c_str());
            }
        }
    }
    void set(const std::string& name, const std::string& value) {
        const char* old = std::getenv(name.c_str());
        saved_.emplace_back(name, old != nullptr ? std::optional<std::string>(old) : std::nullopt);
        setenv(name.c_str(), value.c_str(), 1);
    }
    // What a Wayland desktop, or a Qt CI job with an offscreen platform, would export.
    void setDisplayVariables() {
        set("DISPLAY", ":0");
        set("WAYLAND_DISPLAY", "wayland-0");
        set("QT_QPA_PLATFORM", "offscreen");
    }

private:
    std::vector<std::pair<std::string, std::optional<std::string>>> saved_;
};

// The parts of `text` between separators ("a\nb\n" -> {"a", "b"}).
inline std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::stringstream stream(text);
    for (std::string part; std::getline(stream, part, separator);) parts.push_back(part);
    return parts;
}

}  // namespace alab::test
