// tkg's error types: thrown only at boundaries (file I/O, command-line arguments, a graph
// file that cannot be trusted). What is normal for one article (no date, a sentence that
// parses badly) is a returned diagnostic instead, never an exception.
//
//   try { auto g = tkg::graph::read_graph_json("out/graph.json"); }
//   catch (const tkg::InputError& e) { std::cerr << e.what() << '\n'; return e.exit_code(); }
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace tkg {

// Where in the input something went wrong. Every field is optional: an error about a whole
// file has no article, an error before the first byte has no offset.
struct Location {
    std::string file;
    std::string article;
    std::optional<std::uint64_t> line;
    std::optional<std::uint64_t> offset;  // byte offset in the file (or in the article text)

    // "file:line: article 'id', byte 123" with the parts that are known.
    std::string describe() const;
};

// Exit codes of the `tkg` executable, documented in README.md.
enum class ExitCode : int {
    ok = 0,
    usage = 1,      // bad command line
    input = 2,      // an input could not be read, or --strict saw a rejection
    output = 3,     // an output could not be written
    not_found = 4,  // query: no actor by that name
    ambiguous = 5,  // query: the name fits several actors
};

class Error : public std::runtime_error {
  public:
    Error(const std::string& message, Location where = {});
    const Location& where() const noexcept { return where_; }
    virtual ExitCode exit_code() const noexcept { return ExitCode::input; }

  private:
    Location where_;
};

// An input file, article stream or graph file that cannot be read or trusted.
class InputError : public Error {
  public:
    using Error::Error;
};

// An output that cannot be written (directory missing, disk full, refusing to overwrite).
class OutputError : public Error {
  public:
    using Error::Error;
    ExitCode exit_code() const noexcept override { return ExitCode::output; }
};

// A bad argument given by the caller (a malformed date, an unknown format name).
class UsageError : public Error {
  public:
    using Error::Error;
    ExitCode exit_code() const noexcept override { return ExitCode::usage; }
};

// A query names an actor the graph does not have (the message suggests near matches).
class NotFoundError : public Error {
  public:
    using Error::Error;
    ExitCode exit_code() const noexcept override { return ExitCode::not_found; }
};

// A query names an actor ambiguously (the message lists the candidates).
class AmbiguousError : public Error {
  public:
    using Error::Error;
    ExitCode exit_code() const noexcept override { return ExitCode::ambiguous; }
};

}  // namespace tkg
