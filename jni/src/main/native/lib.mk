# lib.mk — compile rules used by build-lib.sh (not meant to be run by hand).
#   make -f lib.mk runtime RT=dir CXX_FLAGS=...        Verilator runtime objects
#   make -f lib.mk lib SRC= OBJ= RT= BUILD= OUT_LIB= ... the model library
#   make -f lib.mk harness ... BENCH= OUT_HARNESS=      the C++ benchmark harness (same model and BFMs, no JNI)
# LD_FLAGS (both links): link-time options of the profile-guided build (-flto, -fprofile-generate)
VERILATOR_ROOT ?= $(shell verilator --getenv VERILATOR_ROOT)
VINC := $(VERILATOR_ROOT)/include
CXX ?= g++
# the warnings Verilator itself silences for generated code
VL_CXXFLAGS := -faligned-new -Wno-bool-operation -Wno-sign-compare -Wno-uninitialized \
  -Wno-unused-but-set-variable -Wno-unused-parameter -Wno-unused-variable -Wno-shadow
# VM_COVERAGE=1 for the coverage variant (build-lib.sh ... coverage): the runtime adds verilated_cov
VM_COVERAGE ?= 0
# VM_TRACE=0 for the untraced variant (build-lib.sh ... notrace): the bridge leaves out its FST calls;
# the runtime objects are the same for both (the FST writer is linked in and unused)
VM_TRACE ?= 1
RT_INCS := -I$(VINC) -I$(VINC)/vltstd -DVM_TRACE=1 -DVM_TRACE_FST=1 -DVM_TRACE_VCD=0 -DVM_COVERAGE=$(VM_COVERAGE) -DVM_SC=0
INCS := -I$(VINC) -I$(VINC)/vltstd -DVM_TRACE=$(VM_TRACE) -DVM_TRACE_FST=$(VM_TRACE) -DVM_TRACE_VCD=0 \
  -DVM_COVERAGE=$(VM_COVERAGE) -DVM_SC=0

RT_SRCS := verilated verilated_fst_c verilated_threads $(if $(filter 1,$(VM_COVERAGE)),verilated_cov)
RT_OBJS := $(addprefix $(RT)/,$(addsuffix .o,$(RT_SRCS)))

.PHONY: runtime lib harness
runtime: $(RT_OBJS)
$(RT)/%.o: $(VINC)/%.cpp
	$(CXX) $(CXX_FLAGS) $(VL_CXXFLAGS) $(RT_INCS) -c -o $@ $<

BRIDGE_SRCS := jni_glue jni_impl model stage_monitor ports axil_master axis_source axis_sink axi_host_mem vl_user
BRIDGE_OBJS := $(addprefix $(BUILD)/,$(addsuffix .o,$(BRIDGE_SRCS)))
MODEL_LIB := $(OBJ)/Vnic__ALL.a

lib: $(OUT_LIB)

$(MODEL_LIB):
	$(MAKE) -s -C $(OBJ) -f Vnic.mk VM_PARALLEL_BUILDS=1 $(MODEL_OPT) \
	  USER_CPPFLAGS="$(CXX_FLAGS)" Vnic__ALL.a >/dev/null

# bridge objects include Vnic.h, so they wait for the verilated headers (already there) only
$(BUILD)/%.o: $(SRC)/%.cpp $(wildcard $(SRC)/*.h)
	$(CXX) $(CXX_FLAGS) -Wall -Wextra -Wno-unused-parameter $(INCS) -I$(OBJ) \
	  -I$(JAVA_HOME)/include -I$(JAVA_HOME)/include/linux \
	  -DNICSIM_TOP='"$(TOP)"' -DNICSIM_BRIDGE_HASH='"$(BRIDGE_HASH)"' -DNICSIM_NUM_QUEUES=$(NUM_QUEUES) $(TOP_DEFS) \
	  -c -o $@ $<

$(OUT_LIB): $(BRIDGE_OBJS) $(MODEL_LIB) $(RT_OBJS)
	$(CXX) $(LD_FLAGS) -shared -fPIC -o $@ $(BRIDGE_OBJS) $(MODEL_LIB) $(RT_OBJS) \
	  -Wl,--version-script=$(SRC)/exports.map -Wl,-Bsymbolic -Wl,-z,defs -Wl,--exclude-libs,ALL \
	  -lz -pthread -latomic -ldl

# the benchmark harness links the same model archive and BFM objects as the library, minus JNI
HARNESS_OBJS := $(addprefix $(BUILD)/,$(addsuffix .o,model stage_monitor axil_master axis_source axis_sink axi_host_mem vl_user))
harness: $(OUT_HARNESS)

$(BUILD)/cpp_harness.o: $(BENCH)/cpp_harness.cpp $(wildcard $(SRC)/*.h) $(MODEL_LIB)
	$(CXX) $(CXX_FLAGS) -Wall -Wextra -Wno-unused-parameter $(INCS) -I$(OBJ) -I$(SRC) -DNICSIM_NUM_QUEUES=$(NUM_QUEUES) -c -o $@ $<

$(OUT_HARNESS): $(BUILD)/cpp_harness.o $(HARNESS_OBJS) $(MODEL_LIB) $(RT_OBJS)
	$(CXX) $(LD_FLAGS) -o $@ $^ -lz -pthread -latomic -ldl
