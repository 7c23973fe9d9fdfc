#!/usr/bin/python3
"""Convert IMG.LY's fp16 ISNet ONNX (from @imgly/background-removal-data /models/medium)
into an fp32 model that OpenCV 4.6 DNN can load and run at any input size that is a multiple of 64.

Steps: fp16 initializers/Constants -> fp32; drop every Cast (rewire consumers); keep only the
main output ('output' = sigmoid(d1)); replace each Resize's fixed `sizes` (Concat(Shape(x)[:2], [h,w]))
by constant `scales` = target/source at the exported 1024 size (all are exact 2x / powers of two);
prune dead nodes; make input/output H,W symbolic.
usage: convert.py in_fp16.onnx out_fp32.onnx [--mode scales|fixed --size S]
  --mode fixed --size S : keep `sizes` but recompute them for a fixed input S (any S; one file per S)
"""
import sys, argparse, numpy as np, onnx
from onnx import numpy_helper, helper, TensorProto

ap = argparse.ArgumentParser()
ap.add_argument('src'); ap.add_argument('dst')
ap.add_argument('--mode', default='scales', choices=['scales', 'fixed'])
ap.add_argument('--size', type=int, default=1024)
a = ap.parse_args()

m = onnx.load(a.src); g = m.graph
EXPORT = g.input[0].type.tensor_type.shape.dim[2].dim_value  # 1024

# 1. fp16 -> fp32
for t in g.initializer:
    if t.data_type == TensorProto.FLOAT16:
        t.CopyFrom(numpy_helper.from_array(numpy_helper.to_array(t).astype(np.float32), t.name))
for n in g.node:
    if n.op_type == 'Constant':
        for at in n.attribute:
            if at.name == 'value' and at.t.data_type == TensorProto.FLOAT16:
                at.t.CopyFrom(numpy_helper.from_array(numpy_helper.to_array(at.t).astype(np.float32), at.t.name))
for vi in list(g.value_info) + list(g.input) + list(g.output):
    if vi.type.tensor_type.elem_type == TensorProto.FLOAT16:
        vi.type.tensor_type.elem_type = TensorProto.FLOAT
del g.value_info[:]

# 2. drop Cast nodes: rename consumers' inputs (or graph outputs) to the Cast input
graph_outs = {o.name for o in g.output}
ren = {}
keep = []
for n in g.node:
    if n.op_type == 'Cast':
        src, dst = n.input[0], n.output[0]
        src = ren.get(src, src)
        if dst in graph_outs:
            # graph output produced by a Cast: rename the producer's output instead
            ren[src] = dst
        else:
            ren[dst] = src
    else:
        keep.append(n)
# apply renames (two passes: producer-output renames for graph outputs, then input renames)
for n in keep:
    for i, o in enumerate(n.output):
        if o in ren and ren[o] in graph_outs: n.output[i] = ren[o]
for n in keep:
    for i, x in enumerate(n.input):
        y = x
        while y in ren and ren[y] not in graph_outs: y = ren[y]
        if y in ren and ren[y] in graph_outs: y = ren[y]
        n.input[i] = y
del g.node[:]; g.node.extend(keep)

# 3. keep only main output
main = [o for o in g.output if o.name == 'output']
del g.output[:]; g.output.extend(main)

# 4. Resize: fixed sizes -> scales
consts = {n.output[0]: n for n in g.node if n.op_type == 'Constant'}
prod = {o: n for n in g.node for o in n.output}
def const_val(name):
    return numpy_helper.to_array(consts[name].attribute[0].t)
new_nodes = []
for n in g.node:
    if n.op_type != 'Resize': continue
    cat = prod[n.input[3]]
    assert cat.op_type == 'Concat', cat.op_type
    hw = const_val(cat.input[1]).astype(np.int64)
    if a.mode == 'scales':
        sc = np.array([1, 1, 2, 2], np.float32)   # every kept Resize in ISNet is an exact 2x upsample
        cname = n.name + '_scales'
        new_nodes.append(helper.make_node('Constant', [], [cname], value=numpy_helper.from_array(sc, cname)))
        n.input[1] = ''; n.input[2] = cname; del n.input[3]
    else:
        S = a.size
        # target sizes follow ceil-mode pooling: f(t) = ceil chain; for the exported 1024 the target is
        # 1024/2^k; recompute for S by repeated ceil halving
        k = int(round(np.log2(EXPORT / hw[0])))
        t = S
        for _ in range(k): t = -(-t // 2)
        cname = cat.input[1]
        consts[cname].attribute[0].t.CopyFrom(numpy_helper.from_array(np.array([t, t], np.int64), cname))
allnodes = new_nodes + list(g.node)
del g.node[:]; g.node.extend(allnodes)

# 5. prune dead nodes (topologically ordered graph; constants appended at end must be moved first)
needed = {o.name for o in g.output}
alive = []
for n in reversed(list(g.node)):
    if any(o in needed for o in n.output):
        alive.append(n); needed.update(x for x in n.input if x)
alive.reverse()
del g.node[:]; g.node.extend(alive)
used = {x for n in g.node for x in n.input}
inits = [t for t in g.initializer if t.name in used]
del g.initializer[:]; g.initializer.extend(inits)

# 6. input/output dims
S = a.size
for vi in list(g.input) + list(g.output):
    d = vi.type.tensor_type.shape.dim
    if a.mode == 'scales':
        d[2].Clear(); d[2].dim_param = 'H'; d[3].Clear(); d[3].dim_param = 'W'
    else:
        d[2].dim_value = S; d[3].dim_value = S
onnx.checker.check_model(m)
onnx.save(m, a.dst)
import collections
print('saved', a.dst, collections.Counter(n.op_type for n in g.node))
