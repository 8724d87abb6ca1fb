# The link probes: for every layer a module built from all of that layer's objects
# (--whole-archive) and linked with nothing but the libraries the layer declares (its lower
# layers, Qt, the system libraries), with --no-undefined. A layer that calls into a layer
# above it (or into one it did not declare) leaves an undefined symbol and the build fails
# here, naming the symbol and the object that wants it. A static library alone cannot say so:
# the programs linking it link every layer.
#
# Built with the rest (`cmake --build`): each is one link of one layer, seconds for all of
# them. Off with -DOVERLEG_LAYER_PROBES=OFF (and in the fuzz build, whose clang does not link
# the sanitizer runtime into modules).
set(probe_source ${CMAKE_CURRENT_BINARY_DIR}/layer-probe.cpp)
file(CONFIGURE OUTPUT ${probe_source}
     CONTENT "// A layer linked alone (app/LayerProbes.cmake); this file adds nothing.\n")
get_property(probed_layers GLOBAL PROPERTY OVERLEG_LAYERS)
foreach(layer ${probed_layers})
    set(probe layerprobe_${layer})
    add_library(${probe} MODULE ${probe_source})
    target_link_libraries(${probe} PRIVATE "$<LINK_LIBRARY:WHOLE_ARCHIVE,${layer}>")
    target_link_options(${probe} PRIVATE -Wl,--no-undefined)
    set_target_properties(${probe} PROPERTIES AUTOMOC OFF
        LIBRARY_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/layer-probes)
endforeach()
list(LENGTH probed_layers probe_count)
message(STATUS "Layer probes: ${probe_count} layers each linked alone with --no-undefined")
