# Runs `slipstream-cli conformance` on cli-smoke.jsonl and compares stdout with the expected
# lines (the §5.7 order, the §4.1/§4.2 header vectors, one refusal).
execute_process(COMMAND ${CLI} conformance INPUT_FILE ${DIR}/cli-smoke.jsonl
                OUTPUT_VARIABLE out RESULT_VARIABLE rc)
file(READ ${DIR}/cli-smoke.expected.jsonl expected)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "slipstream-cli conformance exited with ${rc}")
endif()
if(NOT out STREQUAL expected)
  message(FATAL_ERROR "output differs:\n${out}\nexpected:\n${expected}")
endif()
