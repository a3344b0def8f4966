// Runs a script of Alibaba Cloud RPC calls (PrivateLink, VPC, ECS, STS) with @alicloud/pop-core's
// RPCClient, Alibaba Cloud's Node.js SDK core, against an endpoint (the sandbox's /alibaba
// mount), for the tests that hold the emulation against a client that is not the console's.
// Reads {"endpoint", "steps"} from the JSON file named by argv[2]; each step is {"action",
// "params", "method", "accessKeyId", "accessKeySecret", "securityToken", "skewMinutes",
// "version", "until", "timeoutMs"} or {"replay": true} (the previous step's exact GET sent
// again). A parameter's value "$N.Field" is the field of step N's answer (an ID made earlier in
// the same run). With "until": {"field", "equals"} or {"code"} and "timeoutMs", the step is
// sent again, every 50 ms, until its answer's field has that value or it fails with that code
// (the last answer counts). The keys come in the file, never on the command line. Prints a
// JSON array with, per step, {"ok": answer} or {"error": {"code", "message", "status"}}.
'use strict';

const fs = require('fs');
const http = require('http');
const RPCClient = require('@alicloud/pop-core').RPCClient;

const RealDate = Date;
let skewMs = 0;
// pop-core stamps each request with `new Date()`: a skewed clock makes an old request.
global.Date = class extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() - skewMs); else super(...args);
  }
  static now() { return RealDate.now() - skewMs; }
};

function replay(url) {
  return new Promise((resolve, reject) => {
    http.get(url, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { body += chunk; });
      response.on('end', () => resolve({ status: response.statusCode, json: JSON.parse(body) }));
    }).on('error', reject);
  });
}

function resolved(params, results) {
  const out = {};
  for (const [name, value] of Object.entries(params || {})) {
    const match = typeof value === 'string' && /^\$(\d+)\.(\w+)$/.exec(value);
    out[name] = match ? (results[Number(match[1])].ok || {})[match[2]] : value;
  }
  return out;
}

function reached(result, until) {
  if (until.code) return result.error && result.error.code === until.code;
  return result.ok && String(result.ok[until.field]) === until.equals;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function send(script, step, params) {
  const client = new RPCClient({
    endpoint: script.endpoint,
    apiVersion: step.version || '2020-04-15',
    accessKeyId: step.accessKeyId,
    accessKeySecret: step.accessKeySecret,
    securityToken: step.securityToken || undefined,
  }, true);
  try {
    const [json, entry] = await client.request(step.action, params,
      { method: step.method || 'POST', formatParams: false, timeout: 10000 });
    return { url: entry.url, result: { ok: json } };
  } catch (error) {
    if (!error.code) throw error;
    return { url: error.url, result: { error: { code: error.code,
      message: error.data && error.data.Message,
      status: error.entry && error.entry.response.statusCode } } };
  }
}

async function main() {
  const script = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const results = [];
  let lastUrl = null;
  for (const step of script.steps) {
    if (step.replay) {
      const answer = await replay(lastUrl);
      results.push(answer.json.Code
        ? { error: { code: answer.json.Code, message: answer.json.Message, status: answer.status } }
        : { ok: answer.json });
      continue;
    }
    skewMs = (step.skewMinutes || 0) * 60 * 1000;
    const params = resolved(step.params, results);
    const deadline = RealDate.now() + (step.timeoutMs || 0);
    let sent = await send(script, step, params);
    while (step.until && !reached(sent.result, step.until) && RealDate.now() < deadline) {
      await sleep(50);
      sent = await send(script, step, params);
    }
    lastUrl = sent.url;
    results.push(sent.result);
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack || error) + '\n');
  process.exit(1);
});
