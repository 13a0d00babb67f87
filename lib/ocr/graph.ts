// The PP-OCRv4 models as paddle2onnx exported them spell every activation out in element-wise
// operations, each a pass over the whole feature map: after each convolution a MobileOne block's
// scale and bias (s·x + b, which ONNX Runtime's Conv+Mul and Conv+Add fusions pass by: the scale is
// the first operand, shaped [1]), hard-swish as Add(3) → Clip(0, 6) → Mul → Div(6), then a learnt
// scale and bias again before the next convolution. Profiled, these passes and the layout reorders
// they force around the convolutions took 60% of both models' time, the convolutions 30%.
// rewriteModel gives ONNX Runtime the same functions in fewer passes, when the models are loaded: the
// scales and biases folded into the convolutions' weights and biases (before an unpadded
// convolution; before a padded one, s·x + b = s·(x + b/s), the addition kept), hard-swish as
// HardSigmoid(x/6 + 1/2) · x. Floating point rounds the rewritten graph differently (last digits of
// a probability; docs/ocr.md: what it changed in the scan set's readings).

/** One field of a protobuf message: its number, wire type, and bytes (tag included) in the message. */
interface Field {
  no: number;
  wire: number;
  raw: Uint8Array;
  /** A length-delimited field's payload. */
  body?: Uint8Array;
  /** A fixed32 field as a float (an attribute's `f`). */
  float?: number;
}

function readFields(bytes: Uint8Array): Field[] {
  const out: Field[] = [];
  let p = 0;
  const varint = () => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = bytes[p++]!;
      value += (b & 0x7f) * scale;
      scale *= 128;
      if (!(b & 0x80)) return value;
    }
  };
  while (p < bytes.length) {
    const start = p;
    const tag = varint();
    const no = Math.floor(tag / 8);
    const wire = tag % 8;
    const field: Field = { no, wire, raw: bytes };
    if (wire === 0) varint();
    else if (wire === 1) p += 8;
    else if (wire === 5) {
      field.float = new DataView(bytes.buffer, bytes.byteOffset + p, 4).getFloat32(0, true);
      p += 4;
    } else if (wire === 2) {
      const n = varint();
      field.body = bytes.subarray(p, p + n);
      p += n;
    } else throw new Error(`ONNX model: protobuf wire type ${wire} at byte ${start}`);
    field.raw = bytes.subarray(start, p);
    out.push(field);
  }
  return out;
}

function varintBytes(n: number): number[] {
  const out: number[] = [];
  while (n >= 128) {
    out.push((n % 128) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A length-delimited field (a string, a message). */
function lengthField(no: number, body: Uint8Array | string): Uint8Array {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  return concat([Uint8Array.from([...varintBytes(no * 8 + 2), ...varintBytes(bytes.length)]), bytes]);
}

const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

// Field numbers of onnx.proto3.
const MODEL_GRAPH = 7;
const GRAPH_NODE = 1;
const GRAPH_OUTPUT = 12;
const NODE_INPUT = 1;
const NODE_OUTPUT = 2;
const NODE_NAME = 3;
const NODE_OP = 4;
const NODE_ATTRIBUTE = 5;
const ATTR_NAME = 1;
const ATTR_FLOAT = 2;
const ATTR_TENSOR = 5;
const ATTR_TYPE = 20;
const ATTR_TYPE_FLOAT = 1;
const TENSOR_DIMS = 1;
const TENSOR_TYPE = 2;
const TENSOR_FLOATS = 4;
const TENSOR_RAW = 9;
const TENSOR_FLOAT32 = 1;

interface Node {
  /** The node's bytes as read, while unchanged (written back as they were). */
  raw?: Uint8Array;
  op: string;
  inputs: string[];
  outputs: string[];
  /** The node's fields other than its inputs and outputs, as they were. */
  rest: Field[];
}

function readNode(body: Uint8Array, raw?: Uint8Array): Node {
  const fields = readFields(body);
  return {
    raw,
    op: text(fields.find((f) => f.no === NODE_OP)?.body),
    inputs: fields.filter((f) => f.no === NODE_INPUT).map((f) => text(f.body)),
    outputs: fields.filter((f) => f.no === NODE_OUTPUT).map((f) => text(f.body)),
    rest: fields.filter((f) => f.no !== NODE_INPUT && f.no !== NODE_OUTPUT),
  };
}

function writeNode(node: Node): Uint8Array {
  return concat([
    ...node.inputs.map((name) => lengthField(NODE_INPUT, name)),
    ...node.outputs.map((name) => lengthField(NODE_OUTPUT, name)),
    ...node.rest.map((f) => f.raw),
  ]);
}

function floatAttribute(name: string, value: number): Field {
  const f = new Uint8Array(5);
  f[0] = ATTR_FLOAT * 8 + 5;
  new DataView(f.buffer).setFloat32(1, value, true);
  const body = concat([lengthField(ATTR_NAME, name), f, Uint8Array.from(varintBytes(ATTR_TYPE * 8)), Uint8Array.from([ATTR_TYPE_FLOAT])]);
  return { no: NODE_ATTRIBUTE, wire: 2, raw: lengthField(NODE_ATTRIBUTE, body), body };
}

function attributes(node: Node): Map<string, Field[]> {
  return new Map(
    node.rest
      .filter((f) => f.no === NODE_ATTRIBUTE)
      .map((f) => {
        const fields = readFields(f.body!);
        return [text(fields.find((a) => a.no === ATTR_NAME)?.body), fields] as const;
      }),
  );
}

/** The fields of a Constant node's tensor when it holds float32s, else undefined. */
function floatTensor(node: Node): Field[] | undefined {
  if (node.op !== 'Constant') return undefined;
  const tensor = attributes(node)
    .get('value')
    ?.find((a) => a.no === ATTR_TENSOR)?.body;
  const fields = tensor && readFields(tensor);
  return fields?.some((f) => f.no === TENSOR_TYPE && f.raw[1] !== TENSOR_FLOAT32) ? undefined : fields;
}

/** The value of a Constant node holding one float32 (a scalar or shape [1]), else undefined. */
function scalarOf(node: Node): number | undefined {
  const fields = floatTensor(node);
  if (!fields) return undefined;
  if (fields.filter((f) => f.no === TENSOR_DIMS).some((f) => f.raw.length !== 2 || f.raw[1] !== 1)) return undefined;
  const raw = fields.find((f) => f.no === TENSOR_RAW)?.body;
  if (raw?.length === 4) return new DataView(raw.buffer, raw.byteOffset, 4).getFloat32(0, true);
  const packed = fields.find((f) => f.no === TENSOR_FLOATS)?.body;
  return packed?.length === 4 ? new DataView(packed.buffer, packed.byteOffset, 4).getFloat32(0, true) : undefined;
}

const ATTR_INTS = 8;
const ATTR_TYPE_TENSOR = 4;
const TENSOR_NAME = 8;

/** An attribute's integers (`pads`), packed or not. */
function intsOf(fields: Field[] | undefined): number[] {
  const out: number[] = [];
  for (const f of fields ?? []) {
    if (f.no !== ATTR_INTS) continue;
    // Small non-negative varints (pads): one byte each.
    const bytes = f.wire === 2 ? f.body! : f.raw.subarray(1);
    for (const b of bytes) out.push(b);
  }
  return out;
}

interface Tensor {
  dims: number[];
  data: Float32Array;
}

/** A Constant node's float32 tensor (raw data), else undefined. */
function tensorOf(node: Node): Tensor | undefined {
  const fields = floatTensor(node);
  const raw = fields?.find((f) => f.no === TENSOR_RAW)?.body;
  if (!raw || raw.length % 4) return undefined;
  const dims = fields!.filter((f) => f.no === TENSOR_DIMS).map((f) => readVarint(f.raw, 1));
  // Little-endian, as ONNX stores raw data and as every host ONNX Runtime runs on (copied: aligned).
  return { dims, data: new Float32Array(raw.slice().buffer) };
}

function readVarint(bytes: Uint8Array, at: number): number {
  let value = 0;
  let scale = 1;
  for (let p = at; ; p++) {
    value += (bytes[p]! & 0x7f) * scale;
    scale *= 128;
    if (!(bytes[p]! & 0x80)) return value;
  }
}

function constantNode(name: string, { dims, data }: Tensor): Node {
  const raw = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const tensor = concat([
    ...dims.map((d) => Uint8Array.from([TENSOR_DIMS * 8, ...varintBytes(d)])),
    Uint8Array.from([TENSOR_TYPE * 8, TENSOR_FLOAT32]),
    lengthField(TENSOR_NAME, name),
    lengthField(TENSOR_RAW, raw),
  ]);
  const attribute = concat([
    lengthField(ATTR_NAME, 'value'),
    lengthField(ATTR_TENSOR, tensor),
    Uint8Array.from([...varintBytes(ATTR_TYPE * 8), ATTR_TYPE_TENSOR]),
  ]);
  return { op: 'Constant', inputs: [], outputs: [name], rest: [opField('Constant'), field(NODE_ATTRIBUTE, attribute)] };
}

const field = (no: number, body: Uint8Array | string): Field => ({ no, wire: 2, raw: lengthField(no, body) });
const opField = (op: string) => field(NODE_OP, op);

/** The ONNX model's bytes with its element-wise passes rewritten as above (the bytes as they were
 * when nothing matches). */
export function rewriteModel(model: Uint8Array): Uint8Array {
  const modelFields = readFields(model);
  const graphField = modelFields.find((f) => f.no === MODEL_GRAPH);
  if (!graphField?.body) return model;
  const graphFields = readFields(graphField.body);
  const nodes: (Node | null)[] = graphFields.filter((f) => f.no === GRAPH_NODE).map((f) => readNode(f.body!, f.raw));
  const constants = new Map<string, Node>();
  const consumers = new Map<string, number[]>();
  nodes.forEach((node, i) => {
    if (node!.op === 'Constant') constants.set(node!.outputs[0]!, node!);
    for (const input of node!.inputs) consumers.set(input, [...(consumers.get(input) ?? []), i]);
  });
  const scalar = (name: string | undefined) => {
    const c = name === undefined ? undefined : constants.get(name);
    return c && scalarOf(c);
  };
  /** The one node reading `name`, if one only. */
  const only = (name: string) => {
    const c = consumers.get(name);
    return c?.length === 1 ? c[0]! : -1;
  };
  const added: Node[] = [];
  const newConstant = (name: string, t: Tensor) => {
    added.push(constantNode(name, t));
    return name;
  };
  const clipBounds = (node: Node): [number | undefined, number | undefined] => {
    if (node.inputs.length > 1) return [scalar(node.inputs[1]), scalar(node.inputs[2])];
    const attrs = attributes(node);
    const value = (name: string) => attrs.get(name)?.find((a) => a.no === ATTR_FLOAT)?.float;
    return [value('min'), value('max')];
  };
  /** A Mul or Add of `input` by a scalar constant, in either order: [the node's index, op, the scalar]. */
  const affineAfter = (input: string): [number, 'Mul' | 'Add', number] | undefined => {
    const i = only(input);
    const node = nodes[i];
    if ((node?.op !== 'Mul' && node?.op !== 'Add') || node.inputs.length !== 2) return undefined;
    const other = node.inputs[0] === input ? node.inputs[1] : node.inputs[0];
    const value = scalar(other);
    return value === undefined ? undefined : [i, node.op, value];
  };

  const producers = new Map<string, number>();
  nodes.forEach((node, i) => node!.outputs.forEach((o) => producers.set(o, i)));
  /** The scalar Mul or Add giving `input`, read by node `reader` only: [its index, op, the scalar, its other input]. */
  const affineBefore = (input: string, reader: number): [number, 'Mul' | 'Add', number, string] | undefined => {
    const i = producers.get(input);
    const node = i === undefined ? null : nodes[i];
    if ((node?.op !== 'Mul' && node?.op !== 'Add') || node.inputs.length !== 2 || only(input) !== reader) return undefined;
    const [a, b] = node.inputs as [string, string];
    const [value, from] = scalar(b) !== undefined ? [scalar(b)!, a] : [scalar(a), b];
    return value === undefined || scalar(from) !== undefined ? undefined : [i!, node.op, value, from];
  };

  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (!node) continue;
    if (node.op === 'Conv') {
      const weights = constants.get(node.inputs[1]!);
      const w = weights && tensorOf(weights);
      if (!w || w.dims.length !== 4) continue;
      const out = w.dims[0]!;
      const bias = node.inputs[2] === undefined ? new Float32Array(out) : tensorOf(constants.get(node.inputs[2])!)?.data;
      if (!bias || bias.length !== out) continue;
      const scaled = Float32Array.from(w.data);
      const shifted = Float32Array.from(bias);
      const perOut = w.data.length / out;
      let input = node.inputs[0]!;
      let folded = 0;
      // ·s → +b → Conv: W·s; b·ΣW into its bias when the convolution is unpadded, else (padding sees 0,
      // not b) x·s + b = (x + b/s)·s, the addition kept before it.
      const attrs = attributes(node);
      const unpadded = intsOf(attrs.get('pads')).every((p) => p === 0) && !attrs.has('auto_pad');
      let s = 1;
      let t = 0;
      const removed: number[] = [];
      for (let before = affineBefore(input, removed.at(-1) ?? i); before; before = affineBefore(input, removed.at(-1) ?? i)) {
        const [at, op, value, from] = before;
        // Composed from the convolution's side outwards: its input is s·x + t of the current x.
        if (op === 'Mul') s *= value;
        else t += value * s;
        input = from;
        removed.push(at);
      }
      if (removed.length && s !== 0) {
        for (const at of removed) nodes[at] = null;
        folded += removed.length;
        if (unpadded)
          for (let o = 0; o < out; o++) {
            let sum = 0;
            for (let k = o * perOut; k < (o + 1) * perOut; k++) sum += scaled[k]!;
            shifted[o] = shifted[o]! + t * sum;
          }
        else if (t !== 0) {
          const shiftedInput = `${input}.shifted`;
          nodes[removed[0]!] = {
            op: 'Add',
            inputs: [input, newConstant(`${shiftedInput}.by`, { dims: [], data: Float32Array.of(t / s) })],
            outputs: [shiftedInput],
            rest: [opField('Add')],
          };
          input = shiftedInput;
        }
        for (let k = 0; k < scaled.length; k++) scaled[k] = scaled[k]! * s;
      }
      // Conv → ·s → +b: the scale and bias into the convolution's weights and bias.
      let output = node.outputs[0]!;
      for (let next = affineAfter(output); next; next = affineAfter(output)) {
        const [at, op, value] = next;
        if (op === 'Mul') {
          for (let k = 0; k < scaled.length; k++) scaled[k] = scaled[k]! * value;
          for (let k = 0; k < out; k++) shifted[k] = shifted[k]! * value;
        } else for (let k = 0; k < out; k++) shifted[k] = shifted[k]! + value;
        output = nodes[at]!.outputs[0]!;
        nodes[at] = null;
        folded++;
      }
      if (!folded) continue;
      nodes[i] = {
        op: node.op,
        rest: node.rest,
        inputs: [
          input,
          newConstant(`${output}.weights`, { dims: w.dims, data: scaled }),
          newConstant(`${output}.bias`, { dims: [out], data: shifted }),
        ],
        outputs: [output],
      };
      continue;
    }
    // Hard-swish: Add(x, 3) → Clip(0, 6) → Mul(x, ·) → Div(·, 6) as HardSigmoid(x) · x.
    if (node.op !== 'Add' || scalar(node.inputs[1]) !== 3) continue;
    const x = node.inputs[0]!;
    const ci = only(node.outputs[0]!);
    const clip = nodes[ci];
    if (clip?.op !== 'Clip' || clip.inputs[0] !== node.outputs[0]) continue;
    const [low, high] = clipBounds(clip);
    if (low !== 0 || high !== 6) continue;
    const mi = only(clip.outputs[0]!);
    const mul = nodes[mi];
    if (mul?.op !== 'Mul' || !mul.inputs.includes(x) || !mul.inputs.includes(clip.outputs[0]!)) continue;
    const di = only(mul.outputs[0]!);
    const div = nodes[di];
    if (div?.op !== 'Div' || div.inputs[0] !== mul.outputs[0] || scalar(div.inputs[1]) !== 6) continue;
    const gate = `${div.outputs[0]}.gate`;
    const nameOf = (n: Node) => n.rest.filter((f) => f.no === NODE_NAME);
    nodes[i] = {
      op: 'HardSigmoid',
      inputs: [x],
      outputs: [gate],
      rest: [...nameOf(node), opField('HardSigmoid'), floatAttribute('alpha', 1 / 6), floatAttribute('beta', 0.5)],
    };
    nodes[ci] = null;
    nodes[mi] = null;
    nodes[di] = { op: 'Mul', inputs: [x, gate], outputs: div.outputs, rest: [...nameOf(div), opField('Mul')] };
  }

  // Constants no node reads any more (hard-swish's 3 and 6, the weights before folding) left out:
  // ONNX Runtime would warn of each.
  const kept = [...added, ...nodes.filter((n): n is Node => n !== null)];
  const read = new Set(kept.flatMap((n) => n.inputs));
  const graphOutputs = graphFields.filter((f) => f.no === GRAPH_OUTPUT).map((f) => text(readFields(f.body!).find((v) => v.no === 1)?.body));
  for (const o of graphOutputs) read.add(o);
  const written = kept
    .filter((n) => n.op !== 'Constant' || read.has(n.outputs[0]!))
    .map((n) => n.raw ?? lengthField(GRAPH_NODE, writeNode(n)));
  const graph = concat([...written, ...graphFields.filter((f) => f.no !== GRAPH_NODE).map((f) => f.raw)]);
  return concat(modelFields.map((f) => (f === graphField ? lengthField(MODEL_GRAPH, graph) : f.raw)));
}

/** The operations of a model's graph, in order (what a rewrite left; the profile prints their count). */
export function modelOps(model: Uint8Array): string[] {
  const graph = readFields(model).find((f) => f.no === MODEL_GRAPH)?.body;
  return graph ? readFields(graph).flatMap((f) => (f.no === GRAPH_NODE ? [readNode(f.body!).op] : [])) : [];
}
