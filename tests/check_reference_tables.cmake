# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the mpmath reference tables and fails if they differ from the committed ones.
execute_process(COMMAND ${PYTHON} ${SCRIPT} --output-dir ${OUTPUT_DIR} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${SCRIPT} failed (is python3-mpmath installed?)")
endif()
foreach(table ${TABLES})
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUTPUT_DIR}/${table} ${EXPECTED_DIR}/${table}
                    RESULT_VARIABLE different)
    if(different)
        message(FATAL_ERROR "${table} differs from what ${SCRIPT} produces")
    endif()
endforeach()
